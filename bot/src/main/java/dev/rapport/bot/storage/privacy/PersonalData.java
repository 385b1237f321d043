package dev.rapport.bot.storage.privacy;

import dev.rapport.rules.model.UserId;

/** The person's rights over what is kept about them: see it all, or have it all deleted. */
public interface PersonalData {
    /** Everything kept about the person, as one JSON document. */
    String export(UserId user);

    /**
     * Deletes everything kept about the person: their own rows, and their pseudonym wherever it appears in other
     * people's state (engine snapshots, top counterparts, tip evidence).
     */
    ForgetReport forget(UserId user);

    /**
     * Who was forgotten lately (by this process or another sharing the storage), as it stands now: for a process to
     * find and let go of what it still holds of them in memory, its cached pseudonym claims included.
     */
    ForgottenPeople forgottenLately();
}
