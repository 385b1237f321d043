package dev.rapport.rules.audience;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question whether a piece of work in hand for the writer will be ready ("will the splashback be ready by the
 * 20th?", "is my table done yet?", "when will our sign be finished?"): asked of its maker, it is a client's question,
 * since only work already ordered is waited for. Asking whether it is on track or on schedule ("is the panel still on
 * track for the 14th?") asks the same. Asked while still deciding ("would it be ready by May if we
 * ordered now?") it is a prospect's, and is not read as one. So is a question whether the writer's order has come in,
 * arrived or will ship ("has the spare pump come in?", "will our forty jars be posted before the fair?"): only what
 * was ordered is waited on to come or go out (since session 70).
 */
public final class AwaitedWork {
    /**
     * The work asked after by its article or owner, then whether it will be ready, done or finished, or is on track or
     * on schedule: asking whether a piece is on track asks whether it will be ready when promised (since session 69).
     */
    private static final Pattern READY = Pattern.compile("\\b(?:will|is|are|when\\s+will)\\s+(?:the|my|our)\\s+"
            + "(?:[\\w'-]+\\s+){1,3}?(?:be\\s+)?(?:ready|done|finished|on\\s+(?:track|schedule))\\b");
    /**
     * The thing asked after by its article or owner, then whether it came in, arrived or shipped, or will: goods on
     * their way to the writer were ordered (since session 70). Read only inside a question, as "my sister will arrive
     * on Friday." tells news.
     */
    private static final Pattern ARRIVED = Pattern.compile("\\b(?:(?:has|have|did)\\s+(?:the|my|our)\\s+"
            + "(?:[\\w'-]+\\s+){1,3}?(?:come\\s+in|arrived?|turned\\s+up|landed|shipped|gone\\s+out"
            + "|been\\s+(?:sent|posted|shipped|dispatched))"
            + "|(?:will|when\\s+will)\\s+(?:the|my|our)\\s+(?:[\\w'-]+\\s+){1,3}?(?:ship|arrive|come\\s+in|land"
            + "|be\\s+(?:sent|posted|shipped|dispatched|delivered))"
            + "|(?:the|my|our)\\s+(?:[\\w'-]+\\s+){1,3}?(?:will|'ll)\\s+(?:ship|arrive|be\\s+(?:sent|posted|shipped"
            + "|dispatched|delivered)))\\b");
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
        if (NOT_YET_ORDERED.matcher(t).find()) {
            return false;
        }
        return READY.matcher(t).find() || arrivalAsked(t);
    }

    /** Whether a question in {@code t} asks whether the writer's order came in, arrived or will ship. */
    private static boolean arrivalAsked(String t) {
        Matcher m = ARRIVED.matcher(t);
        while (m.find()) {
            for (int i = m.end(); i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '?') {
                    return true;
                }
                if (c == '.' || c == '!' || c == '\n') {
                    break;
                }
            }
        }
        return false;
    }
}
