package dev.rapport.rules.rule;

import dev.rapport.rules.finding.Evidence;
import dev.rapport.rules.finding.Tip;
import dev.rapport.rules.model.UserId;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** What every hook can do: read its settings, know the time, and report a finding. */
public interface FindingContext {
    /** This rule's settings in the community that applies. */
    RuleSettings settings();

    /** The time of the event being processed (never the wall clock in replays). */
    Instant now();

    /** The coached person. */
    UserId user();

    /** Other people appear only under a stable pseudonym. */
    String pseudonym(UserId other);

    /**
     * Lets a rule speak once per subject per period: true (and remembered) when it has not fired for this
     * subject within {@code rearm}, false otherwise. The engine stops a rule from repeating itself; delivery
     * throttling (cooldowns, daily caps, quiet hours) happens later, in the bot.
     */
    boolean firstTimeIn(String subject, Duration rearm);

    /**
     * When this rule last spoke of {@code subject} (the time {@link #firstTimeIn} remembered), while the engine keeps
     * such marks; reading it remembers nothing. Empty where no marks are kept.
     */
    default Optional<Instant> lastToldAt(String subject) {
        return Optional.empty();
    }

    /** Reports a finding for this rule. */
    void emit(Evidence evidence, Tip tip);
}
