package dev.rapport.bot.storage.ledger;

import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.IsoWeek;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Weekly digests claimed for sending: at most one per person and week, whichever process asks first. */
public interface DigestLedger {
    /**
     * Claims the digest of {@code user} for {@code week} for {@code processId}. Exactly one claim wins across all
     * processes sharing the database; every other returns false and must not send.
     */
    boolean claim(UserId user, IsoWeek week, String processId);

    /** The process that claimed it, if any. */
    Optional<String> claimedBy(UserId user, IsoWeek week);

    /**
     * Everyone whose digest of {@code week} needs nothing more from any process: sent, or claimed at or after
     * {@code staleBefore} (some process is sending it). One read for the whole week, so a digest routine that runs
     * every few minutes all week long does not ask about each person again and again.
     */
    Set<UserId> settled(IsoWeek week, Instant staleBefore);

    /** The claimed digest went out (or cannot go: DMs closed): it is done. */
    boolean markSent(UserId user, IsoWeek week, Instant at);

    /** Sending failed: {@code processId} gives its claim up, so the next run claims and sends it again. */
    boolean release(UserId user, IsoWeek week, String processId);

    /**
     * A claim never sent and made before {@code staleBefore} (its process died, or lost it from memory in a restart)
     * is taken over by {@code processId}; true when it now belongs to {@code processId}.
     */
    boolean takeOverStale(UserId user, IsoWeek week, String processId, Instant staleBefore);
}
