package dev.rapport.rules.engine;

import dev.rapport.rules.text.Pitch;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One's own priced work put to the reader with the booking made for them: "a base is £900, say the day and I'll book
 * you in", "£45 a session, I can squeeze you in on the Thursday list". The writer says they will put the reader in
 * their own diary, so a yes is all that is left to the reader: the priced work put to them to take up, as a question
 * ("shall I book you in?") or "just say the word" puts it. Not the reader asked to book the writer ("can you book me
 * in?"), nor a price paid ("I paid £40 and they fitted me in").
 */
final class BookedInForThem {
    /** The writer putting the reader in their diary: "I'll book you in", "we can fit you in", "I'd pencil you in". */
    private static final Pattern BOOKS_THEM_IN = Pattern.compile("\\b(?:i|we)(?:'ll| will| can| could|'d| would)"
            + "(?: happily| gladly| easily)? (?:book|pencil|fit|squeeze|put) you (?:in|down)\\b");

    private BookedInForThem() {
    }

    /** Whether {@code text} names a price and has the writer book the reader in ({@link #BOOKS_THEM_IN}). */
    static boolean priced(String text) {
        if (text == null || text.isEmpty() || !Pitch.namesAPrice(text) || Pitch.pastPrice(text)) {
            return false;
        }
        return BOOKS_THEM_IN.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).find();
    }
}
