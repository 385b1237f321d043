package dev.rapport.bot.storage.ledger;

/** How a tip reached the person. */
public enum DeliveryChannel {
    /** Sent by direct message. */
    DM,
    /** Shown privately in reply to one of the person's commands. */
    EPHEMERAL,
    /** Part of the weekly digest or a daily bundle. */
    DIGEST,
    /** Not delivered yet (the person's DMs are closed): shown with their next command, even after a restart. */
    WAITING,
    /** Entered, not sent yet: waiting for its moment (a short window, quiet hours, the daily bundle) or a retry. */
    PENDING,
    /** Never sent: its finding was no longer known when its moment came (e.g. the person asked to be forgotten). */
    DROPPED
}
