package dev.rapport.bot.storage.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * A tip entered but not sent yet.
 *
 * @param tip        the ledger entry (channel {@link DeliveryChannel#PENDING})
 * @param deliveryId the private message it goes in; several tips may share one
 * @param attempts   failed sends so far
 * @param dueAt      when it may go (next)
 */
public record PendingTip(TipRecord tip, String deliveryId, int attempts, Instant dueAt) {
    public PendingTip {
        Objects.requireNonNull(tip, "tip");
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(dueAt, "dueAt");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative");
        }
    }
}
