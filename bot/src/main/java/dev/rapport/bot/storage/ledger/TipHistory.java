package dev.rapport.bot.storage.ledger;

import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.RuleId;

import java.time.Instant;
import java.util.Optional;

/** What went out to a person and when: all that the throttle needs to refill its limits after a restart. */
public interface TipHistory {
    /** When the latest tip about {@code rule} went (or was entered to go) to the person: cooldowns count from it. */
    Optional<Instant> lastSent(UserId user, RuleId rule);

    /**
     * How many private messages with tips went (or are on their way) to the person at or after {@code since}: a
     * message with several tips counts once. The daily cap counts these.
     */
    int deliveriesSince(UserId user, Instant since);
}
