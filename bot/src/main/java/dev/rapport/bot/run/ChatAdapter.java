package dev.rapport.bot.run;

import java.util.Locale;

/** Which client library connects the bot to Discord ({@code rapport.platform}). */
public enum ChatAdapter {
    /** JDA: maintained; the default and the recommendation. */
    JDA,
    /** Javacord 3.8.0: its project has ceased development; kept working behind the same port. */
    JAVACORD;

    /** Parses {@code jda} or {@code javacord}; anything else is an IllegalArgumentException. */
    public static ChatAdapter parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "jda" -> JDA;
            case "javacord" -> JAVACORD;
            default -> throw new IllegalArgumentException("must be jda or javacord, was '" + text + "'");
        };
    }
}
