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
}
