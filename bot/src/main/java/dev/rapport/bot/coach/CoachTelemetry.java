package dev.rapport.bot.coach;

import dev.rapport.rules.rule.RuleId;

import java.time.Duration;

/**
 * What the live coach tells the operator's metrics: events seen and analysed, what became of each tip, how late
 * digests go out. A port, so the coach stays free of any metrics library; the management feature implements it.
 * Every method is called on hot paths and must return at once.
 */
public interface CoachTelemetry {

    /** An event arrived from the chat platform and was handed to the engine. */
    void eventSeen();

    /** The engine analysed an event as the message of a coached person (others are only counterparts). */
    void eventAnalysed();

    /**
     * A tip about {@code rule} came to {@code outcome}; {@code reason} says why in one lower-case word
     * (e.g. {@code cooldown}, {@code quiet_hours}, {@code dms_closed}).
     */
    void tip(RuleId rule, TipOutcome outcome, String reason);

    /** A weekly digest was queued {@code lag} after its moment (the person's digest day and hour). */
    void digestQueued(Duration lag);

    /** Counts nothing: for tools and tests that run the coach without a management endpoint. */
    static CoachTelemetry ignored() {
        return new CoachTelemetry() {
            @Override
            public void eventSeen() {
                // nothing is measured
            }

            @Override
            public void eventAnalysed() {
                // nothing is measured
            }

            @Override
            public void tip(RuleId rule, TipOutcome outcome, String reason) {
                // nothing is measured
            }

            @Override
            public void digestQueued(Duration lag) {
                // nothing is measured
            }
        };
    }
}
