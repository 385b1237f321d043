package dev.rapport.bot.coach;

import dev.rapport.rules.model.UserId;

import java.util.concurrent.CompletableFuture;

/**
 * The other bot processes sharing the storage (several processes split Discord's shards). Changes reach them through
 * storage; this lets the coach wait for them where a person is promised something, as with forget.
 */
@FunctionalInterface
public interface OtherProcesses {

    /**
     * Completes once every other running process has let go of {@code user} from its memory (at once when there is
     * none). Call after the storage forgot them.
     */
    CompletableFuture<Void> letGo(UserId user);

    /** A process on its own (tools, tests without a second process). */
    static OtherProcesses none() {
        return user -> CompletableFuture.completedFuture(null);
    }
}
