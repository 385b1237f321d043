package dev.rapport.rules.oneway;

import java.util.Set;

/**
 * Whether a reply engages with the other person's work before it says anything about the author's own: "Neat idea!
 * Open with the user's pain, not your method, and drop a slide. P.S. my newsletter..." gives real feedback first, so
 * the ask that follows is not one made without giving (whether the plug is welcome is promotion's question).
 * "cool! check out my game" gives a word of praise and asks; it has not engaged.
 */
final class FeedbackFirst {
    /** Words of feedback before the first word about oneself that make a real comment (a sentence or more). */
    static final int MIN_WORDS = 8;
    private static final Set<String> FIRST_PERSON = Set.of("i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine",
            "myself", "we", "we're", "we've", "our", "ours", "us");

    /** Words that open a request: "could you", "would you", "if you get a minute", "please". */
    private static final Set<String> REQUEST = Set.of("could", "can", "would", "will", "wanna");
    private static final Set<String> YOU = Set.of("you", "u", "ya");
    private static final Set<String> PLEASE = Set.of("please", "pls", "plz");

    private FeedbackFirst() {
    }

    /**
     * True when at least {@link #MIN_WORDS} words come before the first word about the author, the first link or the
     * start of a request.
     */
    static boolean given(String text) {
        if (text == null) {
            return false;
        }
        int words = 0;
        String previous = null;
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
            String w = word.toString();
            if (FIRST_PERSON.contains(w)) {
                return words >= MIN_WORDS;
            }
            // The ask's own words are not feedback: "congrats! could you follow the show on spotify and rate it?"
            // gives a word of praise, then asks.
            if (PLEASE.contains(w) || previous != null && (REQUEST.contains(previous) && YOU.contains(w)
                    || previous.equals("if") && w.equals("you"))) {
                return words - (PLEASE.contains(w) ? 0 : 1) >= MIN_WORDS;
            }
            previous = w;
            words++;
        }
        return words >= MIN_WORDS;
    }
}
