package dev.rapport.bot.coach;

import dev.rapport.rules.model.CommunityId;

/** Communities every chat adapter names the same way. */
public final class Communities {
    /** The community direct conversations belong to: they are outside every guild. */
    public static final CommunityId DIRECT = CommunityId.of("discord-direct");

    private Communities() {
    }
}
