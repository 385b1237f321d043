package dev.rapport.bot.coach;

/** An option value the person gave that is not allowed; the message says what is. Shown ephemerally. */
public final class BadOption extends RuntimeException {
    public BadOption(String message) {
        super(message, null, false, false);
    }
}
