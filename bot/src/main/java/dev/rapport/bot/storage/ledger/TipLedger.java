package dev.rapport.bot.storage.ledger;

import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.RuleId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Which tips went to whom, and what people said about them. */
public interface TipLedger {
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
}
