package dev.rapport.bot.storage.ledger;

/** What the person answered to a tip. */
public enum Feedback {
    HELPFUL, SNOOZED, MUTED
}
