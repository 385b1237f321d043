package dev.rapport.bot.replay.demo;

/** A guild role as DiscordChatExporter writes it in {@code author.roles}. */
record Role(String id, String name, String color, int position) {
}
