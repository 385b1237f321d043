package dev.rapport.bot.coach;

/** What became of an actionable finding on its way to the person (for the operator's metrics). */
public enum TipOutcome {
    /** Delivered privately. */
    SENT,
    /** Not sent, by the person's choice or the coach's limits: muted, cooldown, daily cap, weekly digest only. */
    THROTTLED,
    /** Kept for later: quiet hours, the daily bundle, or closed DMs (shown with the person's next command). */
    HELD,
    /** Could not be delivered: the platform failed, or a full outbox dropped it. */
    FAILED
}
