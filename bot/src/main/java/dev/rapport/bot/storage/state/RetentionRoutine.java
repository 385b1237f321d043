package dev.rapport.bot.storage.state;

import dev.rapport.rules.model.CommunityId;

import java.time.Instant;
import java.util.function.Predicate;

/**
 * Drops per-person event state older than the retention period. Weekly stats and the ledgers' weekly entries
 * stay, so trends survive; what goes are the engine's old weeks (with their findings and counterparts) and the
 * message-level evidence of old tips.
 */
public interface RetentionRoutine {
    /**
     * Removes event state from before {@code now} minus {@code weeks} weeks: an engine snapshot keeps the weeks
     * from the one containing that moment (in the person's zone) on.
     */
    default PruneReport pruneOlderThan(int weeks, Instant now) {
        return pruneOlderThan(weeks, now, community -> true);
    }

    /**
     * The same for the engine state of the communities {@code owned} only: a bot process prunes the rows it writes
     * itself, never those another process may be rewriting at the same moment (its newer save would be lost under
     * an older, pruned copy).
     */
    PruneReport pruneOlderThan(int weeks, Instant now, Predicate<CommunityId> owned);
}
