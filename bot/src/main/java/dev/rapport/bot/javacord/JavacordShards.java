package dev.rapport.bot.javacord;

import org.javacord.api.DiscordApi;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The logged-in Javacord shards of this process, for features that send on their own initiative (tips, digests):
 * they exist only once the bot has connected, so features built before that reach them through here.
 */
public final class JavacordShards {
    private final List<DiscordApi> apis = new CopyOnWriteArrayList<>();

    void add(DiscordApi api) {
        apis.add(api);
    }

    List<DiscordApi> all() {
        return List.copyOf(apis);
    }

    void clear() {
        apis.clear();
    }

    /** A shard to send with; direct messages can go through any shard. */
    Optional<DiscordApi> any() {
        return apis.stream().findFirst();
    }
}
