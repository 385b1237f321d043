package dev.rapport.bot.discord.loopback;

import java.util.List;

/** A user's membership in one guild. */
record DeclaredMember(String userId, List<String> roleIds) {

    DeclaredMember {
        roleIds = List.copyOf(roleIds);
    }
}
