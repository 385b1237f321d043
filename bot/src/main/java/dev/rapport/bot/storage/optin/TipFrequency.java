package dev.rapport.bot.storage.optin;

/** How often a person wants tips: as they happen, bundled once a day, or only in the weekly digest. */
public enum TipFrequency {
    REALTIME, DAILY, WEEKLY
}
