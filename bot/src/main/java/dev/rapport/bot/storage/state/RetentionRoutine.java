package dev.rapport.bot.storage.state;

import java.time.Instant;

/**
 * Drops per-person event state older than the retention period. Weekly stats and the ledgers' weekly entries
 * stay, so trends survive; what goes are the message-level traces behind them.
 */
public interface RetentionRoutine {
    /** Removes event state from before {@code now} minus {@code weeks} weeks. */
    PruneReport pruneOlderThan(int weeks, Instant now);
}
