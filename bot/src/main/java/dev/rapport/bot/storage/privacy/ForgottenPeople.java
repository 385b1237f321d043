package dev.rapport.bot.storage.privacy;

import dev.rapport.rules.engine.UserSnapshot;
import dev.rapport.rules.model.UserId;

import java.util.Set;

/**
 * The people forgotten lately, as storage knows them at one moment: only by marks, so it can tell whether a given
 * person or pseudonym is among them, never list them. A process holds other people's and communities' state in
 * memory; this is how it finds what of a person forgotten elsewhere it still holds. Communities' pictures are looked
 * through in memory by {@link #pseudonymForgotten} (the engine walks what it holds), never written out to be searched.
 */
public interface ForgottenPeople {
    /** Whether nobody was forgotten lately (the usual case: nothing to look for). */
    boolean none();

    boolean forgotten(UserId user);

    /** Whether {@code pseudonym} is a forgotten person's. */
    boolean pseudonymForgotten(String pseudonym);

    /** The pseudonyms of forgotten people that {@code snapshot} mentions. */
    Set<String> in(UserSnapshot snapshot);
}
