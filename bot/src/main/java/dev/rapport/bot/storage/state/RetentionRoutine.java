package dev.rapport.bot.storage.state;

import java.time.Instant;

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
    PruneReport pruneOlderThan(int weeks, Instant now);
}
