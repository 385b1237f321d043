package dev.rapport.bot.config;

/** The configuration is wrong. The message names the file, the line, the key and what is allowed. */
public final class BadConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadConfigException(String message) {
        super(message);
    }
}
