package dev.rapport.rules.audience;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A question whether a piece of work in hand for the writer will be ready ("will the splashback be ready by the
 * 20th?", "is my table done yet?", "when will our sign be finished?"): asked of its maker, it is a client's question,
 * since only work already ordered is waited for. Asking whether it is on track or on schedule ("is the panel still on
 * track for the 14th?") asks the same. Asked while still deciding ("would it be ready by May if we
 * ordered now?") it is a prospect's, and is not read as one.
 */
public final class AwaitedWork {
    /**
     * The work asked after by its article or owner, then whether it will be ready, done or finished, or is on track or
     * on schedule: asking whether a piece is on track asks whether it will be ready when promised (since session 69).
     */
    private static final Pattern READY = Pattern.compile("\\b(?:will|is|are|when\\s+will)\\s+(?:the|my|our)\\s+"
            + "(?:[\\w'-]+\\s+){1,3}?(?:be\\s+)?(?:ready|done|finished|on\\s+(?:track|schedule))\\b");
    /** Still deciding whether to order: the work is not yet in hand. */
    private static final Pattern NOT_YET_ORDERED = Pattern.compile("\\bif\\s+(?:i|we)\\s+(?:order|ordered|book|booked"
            + "|commission|commissioned|went|go)\\b");

    private AwaitedWork() {
    }

    /** True when {@code text} asks whether work in hand for the writer will be ready. */
    public static boolean asked(String text) {
        if (text == null || text.length() < 12) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return READY.matcher(t).find() && !NOT_YET_ORDERED.matcher(t).find();
    }
}
