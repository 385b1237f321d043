package dev.rapport.bot.storage.ledger;

import dev.rapport.rules.model.CommunityId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A tip entered but not sent yet.
 *
 * @param tip        the ledger entry (channel {@link DeliveryChannel#PENDING})
 * @param deliveryId the private message it goes in; several tips may share one
 * @param attempts   failed sends so far
 * @param dueAt      when it may go (next)
 * @param community  where it was found (so the process that owns that community, which alone knows the finding,
 *                   sends it); empty for tips entered before the ledger kept it
 */
public record PendingTip(TipRecord tip, String deliveryId, int attempts, Instant dueAt,
                         Optional<CommunityId> community) {
    public PendingTip {
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(tip, "tip");
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(dueAt, "dueAt");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative");
        }
    }
}
