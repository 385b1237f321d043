package dev.rapport.bot.discord;

import java.util.Locale;

/**
 * Whether the bot asks Discord for the privileged Message Content intent ({@code rapport.discord.message-content}).
 * Without it, guild messages arrive without their text: counts, replies, mentions and reactions still work, the rules
 * that read wording and links cannot.
 */
public enum MessageContentMode {
    /** Ask for it; if Discord refuses (close code 4014), say once what to enable and run without it. */
    AUTO,
    /** Require it: refuse to start when Discord refuses it. */
    ON,
    /** Never ask for it. */
    OFF;

    /** Parses {@code auto}, {@code on} or {@code off}; anything else is an IllegalArgumentException. */
    public static MessageContentMode parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "auto" -> AUTO;
            case "on", "true", "yes" -> ON;
            case "off", "false", "no" -> OFF;
            default -> throw new IllegalArgumentException("must be auto, on or off, was '" + text + "'");
        };
    }
}
