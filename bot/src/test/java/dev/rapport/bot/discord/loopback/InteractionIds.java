package dev.rapport.bot.discord.loopback;

/** The id and token the loopback server gave an interaction; the token is what JDA's replies are addressed by. */
public record InteractionIds(String id, String token) {
}
