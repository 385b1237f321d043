package dev.rapport.bot.discord;

import java.util.Objects;

/** The bot token. Its {@code toString} never shows it, so it cannot leak into a log line or an error message. */
public final class DiscordToken {
    private final String value;

    public DiscordToken(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a token cannot be blank");
        }
        this.value = value.strip();
    }

    /** The secret itself, for JDA only. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "DiscordToken[***]";
    }
}
