package dev.rapport.bot.discord.loopback;

/** A guild text channel. */
record DeclaredChannel(String id, String name, String guildId) {
}
