package dev.rapport.bot.discord.loopback;

/** A guild role; {@code permissions} is Discord's decimal permission bit set. */
record DeclaredRole(String id, String name, long permissions, int position) {
}
