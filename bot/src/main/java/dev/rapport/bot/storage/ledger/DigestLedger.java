package dev.rapport.bot.storage.ledger;

import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.IsoWeek;

import java.util.Optional;

/** Weekly digests claimed for sending: at most one per person and week, whichever process asks first. */
public interface DigestLedger {
    /**
     * Claims the digest of {@code user} for {@code week} for {@code processId}. Exactly one claim wins across all
     * processes sharing the database; every other returns false and must not send.
     */
    boolean claim(UserId user, IsoWeek week, String processId);

    /** The process that claimed it, if any. */
    Optional<String> claimedBy(UserId user, IsoWeek week);

    /** The claimed digest went out (or cannot go: DMs closed): it is done. */
    default boolean markSent(UserId user, IsoWeek week, java.time.Instant at) {
        throw new UnsupportedOperationException("this digest ledger does not record sends");
    }

    /** Sending failed: {@code processId} gives its claim up, so the next run claims and sends it again. */
    default boolean release(UserId user, IsoWeek week, String processId) {
        throw new UnsupportedOperationException("this digest ledger does not release claims");
    }

    /**
     * A claim never sent and made before {@code staleBefore} (its process died, or lost it from memory in a restart)
     * is taken over by {@code processId}; true when it now belongs to {@code processId}.
     */
    default boolean takeOverStale(UserId user, IsoWeek week, String processId, java.time.Instant staleBefore) {
        throw new UnsupportedOperationException("this digest ledger does not take over claims");
    }
}
