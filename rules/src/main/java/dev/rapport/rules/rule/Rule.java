package dev.rapport.rules.rule;

import dev.rapport.rules.finding.Severity;

import java.util.List;

/**
 * One coaching rule: a small class with a stable id, its thresholds and the hooks it needs. The engine calls
 * the hooks only for opted-in people and only while the rule is not {@link RuleMode#OFF} in the community.
 */
public interface Rule {
    RuleId id();

    Severity severity();

    /** Its thresholds, with defaults and allowed ranges. */
    List<Param> params();

    /** Explains the rule for {@code /coach why} and the README catalogue: what it watches for. */
    String describe();

    /** Called for each message the coached person writes, after the engine updated their state. */
    default void onMessage(MessageContext ctx) {
    }

    /** Called once when a person's week ends, with the week's tally. */
    default void onWeekEnd(WeekContext ctx) {
    }

    /** Called when messages waiting for the person's answer become overdue. */
    default void onOverdue(OverdueContext ctx) {
    }
}
