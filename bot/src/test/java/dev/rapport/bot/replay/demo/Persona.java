package dev.rapport.bot.replay.demo;

import java.util.List;

/**
 * Someone who writes in the demo community.
 *
 * @param id          the account's snowflake id
 * @param username    the account name ({@code author.name})
 * @param displayName the name shown in the guild ({@code author.nickname}); mentions in text are {@code @displayName}
 * @param roles       guild roles, highest first
 * @param bot         a bot account (the importer ignores what it writes)
 * @param avatar      which of Discord's default avatars the account shows
 */
record Persona(String id, String username, String displayName, List<Role> roles, boolean bot, int avatar) {
    Persona {
        roles = List.copyOf(roles);
    }

    static Persona person(String createdOn, int sequence, String username, String displayName, Role... roles) {
        return new Persona(Snowflakes.createdOn(createdOn, sequence), username, displayName, List.of(roles), false,
                sequence % 6);
    }

    static Persona bot(String createdOn, int sequence, String username, String displayName) {
        return new Persona(Snowflakes.createdOn(createdOn, sequence), username, displayName, List.of(), true, 0);
    }

    String avatarUrl() {
        return "https://cdn.discordapp.com/embed/avatars/" + avatar + ".png";
    }

    @Override
    public String toString() {
        return displayName + " (" + id + ")";
    }
}
