package dev.rapport.bot.storage.ledger;

import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.RuleId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Which tips went to whom, and what people said about them. */
public interface TipLedger extends TipHistory {
    /** Records that the tip of {@code finding} was sent; returns the new entry (its id goes on feedback buttons). */
    TipRecord recordSent(Finding finding, Instant sentAt, DeliveryChannel channel);

    /** Records how the tip finally went out (or that it waits); false when no such tip exists. */
    boolean deliveredBy(String tipId, DeliveryChannel channel);

    /** Stores the person's answer; false when no such tip exists. */
    boolean feedback(String tipId, Feedback feedback);

    Optional<TipRecord> find(String tipId);

    /** The person's tips, oldest first. */
    List<TipRecord> ofUser(UserId user);

    /** How many tips about {@code rule} went to the person at or after {@code since} (for rate limits). */
    int countSince(UserId user, RuleId rule, Instant since);

    /**
     * Enters a tip that is to be sent ({@link DeliveryChannel#PENDING}): the intent, recorded before any attempt, so
     * that neither a failed send nor a restart loses it. Tips with the same {@code deliveryId} go as one message.
     */
    TipRecord recordPending(Finding finding, String deliveryId, Instant at, Instant dueAt);

    /** Pending tips whose moment has come ({@code dueAt <= now}), earliest first, a delivery's tips together. */
    List<PendingTip> due(Instant now, int limit);

    /** The tip went out ({@link DeliveryChannel#DM}) or now waits ({@link DeliveryChannel#WAITING}) at {@code at}. */
    boolean markSent(String tipId, Instant at, DeliveryChannel channel);

    /** A send failed: one more attempt counted, the next one at {@code dueAt}. */
    boolean retryAt(String tipId, Instant dueAt);
}
