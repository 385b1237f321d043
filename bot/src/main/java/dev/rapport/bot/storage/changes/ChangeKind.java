package dev.rapport.bot.storage.changes;

/** What changed, as far as other processes need to know. */
public enum ChangeKind {
    /** A person opted in somewhere, or changed their preferences there (zone, digest, quiet hours, frequency, mutes). */
    CONSENT,
    /** A person withdrew their consent in a community. */
    WITHDRAWN,
    /**
     * Everything about someone was deleted. The change names nobody (that would be a trace of them): processes let go
     * of everyone in memory who has no opt-in any more.
     */
    FORGOTTEN,
    /** A community's admins changed its settings. */
    COMMUNITY_SETTINGS
}
