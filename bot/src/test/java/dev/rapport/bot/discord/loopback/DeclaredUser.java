package dev.rapport.bot.discord.loopback;

/** A Discord user the loopback server knows about. */
record DeclaredUser(String id, String username, boolean bot) {
}
