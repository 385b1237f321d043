package dev.rapport.bot.storage.ledger;

import dev.rapport.rules.finding.Evidence;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.stats.IsoWeek;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A tip that was sent.
 *
 * @param id       the ledger's id for it (for feedback buttons)
 * @param user     who got it
 * @param rule     the rule behind it
 * @param week     the person's week it was about
 * @param sentAt   when it was sent
 * @param channel  how
 * @param feedback what the person answered, if anything
 * @param evidence references that explain it (ids, counts, fingerprints, pseudonyms; never text); empty once
 *                 the retention period has passed
 */
public record TipRecord(String id, UserId user, RuleId rule, IsoWeek week, Instant sentAt, DeliveryChannel channel,
                        Optional<Feedback> feedback, Optional<Evidence> evidence) {
    public TipRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(evidence, "evidence");
    }
}
