package dev.rapport.rules.oneway;

import java.util.Set;

/**
 * Whether a reply engages with the other person's work before it says anything about the author's own: "Good start!
 * Lead with the problem, not your process, and cut the slide. P.S. my newsletter..." gives real feedback first, so
 * the ask that follows is not one made without giving (whether the plug is welcome is promotion's question).
 * "cool! check out my game" gives a word of praise and asks; it has not engaged.
 */
final class FeedbackFirst {
    /** Words of feedback before the first word about oneself that make a real comment (a sentence or more). */
    static final int MIN_WORDS = 8;
    private static final Set<String> FIRST_PERSON = Set.of("i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine",
            "myself", "we", "we're", "we've", "our", "ours", "us");

    private FeedbackFirst() {
    }

    /** True when at least {@link #MIN_WORDS} words come before the first word about the author or the first link. */
    static boolean given(String text) {
        if (text == null) {
            return false;
        }
        int words = 0;
        int n = text.length();
        int i = 0;
        StringBuilder word = new StringBuilder(16);
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (text.startsWith("http", i)) {
                return words >= MIN_WORDS;
            }
            word.setLength(0);
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                char d = text.charAt(i);
                if (Character.isLetterOrDigit(d)) {
                    word.append(Character.toLowerCase(d));
                } else if (d == '\'' || d == '\u2019') {
                    word.append('\'');
                }
                i++;
            }
            if (word.length() == 0) {
                continue;
            }
            if (FIRST_PERSON.contains(word.toString())) {
                return words >= MIN_WORDS;
            }
            words++;
        }
        return words >= MIN_WORDS;
    }
}
