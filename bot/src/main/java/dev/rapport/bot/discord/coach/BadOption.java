package dev.rapport.bot.discord.coach;

/** An option value the person gave that is not allowed; the message says what is. Shown ephemerally. */
final class BadOption extends RuntimeException {
    BadOption(String message) {
        super(message, null, false, false);
    }
}
