package dev.rapport.rules.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A retort: a question opened by "since when" that argues a point ("since when does a tidy bench make me a fussy
 * person?") and is followed, in the same message, by the speaker's own statement that settles it ("it's the workshop
 * rule."). It denies rather than asks; the statement after it is its answer, given by the one who asked, so nobody
 * owes one. Any other question in the message may only be a one-word reaction ("no?", "really?"). A bare "since
 * when?", or one that ends the message, still asks (when did it start?).
 */
public final class Retort {
    /** A sentence's end: the question or full stop after it, with any run of marks. */
    private static final Pattern SENTENCES = Pattern.compile("(?<=[?!.])\\s+");
    /** A name said to first: "sam:", "sam,", "@sam". */
    private static final Pattern LEADING_NAME = Pattern.compile("^\\s*@?[\\w\\[\\]`^{}|\\\\.-]+\\s*[:,]\\s+");
    /** The fewest words of the argued question after "since when" (the point it argues, not a bare "since when?"). */
    private static final int ARGUED_WORDS = 5;

    private Retort() {
    }

    /** Whether {@code text} is a retort: a "since when" question argued and settled by a statement after it. */
    public static boolean is(String text) {
        if (text == null || text.indexOf('?') < 0) {
            return false;
        }
        String rest = LEADING_NAME.matcher(text.toLowerCase(Locale.ROOT)).replaceFirst("").trim();
        boolean argued = false;
        boolean settled = false;
        for (String sentence : SENTENCES.split(rest)) {
            String s = sentence.trim();
            if (s.isEmpty()) {
                continue;
            }
            int words = s.split("[^\\p{L}\\p{N}']+").length;
            if (s.endsWith("?")) {
                if (s.startsWith("since when ") && words >= ARGUED_WORDS + 2) {
                    argued = true;
                    settled = false;
                } else if (words > 1) {
                    // Another question, more than a one-word reaction, still asks.
                    return false;
                }
            } else if (argued && words >= 2) {
                settled = true;
            }
        }
        return argued && settled;
    }
}
