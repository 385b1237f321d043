package dev.rapport.rules.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Someone speaking of clients or customers they already serve: "two of my customers asked the same thing", "5 clients
 * are down this morning", "a client's laptop died", "sending it to a client". Only someone who works for clients counts
 * them as their own; a buyer speaks of the one they hired, and a business's staff of "our" customers.
 */
public final class ServesClients {
    /** A count of one's clients, or one's own: "my clients", "three clients", "4 of my regulars", "walk-ins". */
    private static final Pattern COUNTED = Pattern.compile(
            "\\b(?:my|\\d+|two|three|four|five|six|several|a few)\\s+(?:of my\\s+)?(?:regular\\s+)?"
                    + "(?:clients|customers|regulars|walk-ins)\\b");
    /** One client of one's own met in passing: "a client's server", "for a client", "to a client". */
    private static final Pattern ONE = Pattern.compile("\\b(?:a|my) client's\\b|\\b(?:to|for) (?:a|my) client\\b");

    private ServesClients() {
    }

    /** True when the text speaks of clients or customers its author serves. */
    public static boolean is(String text) {
        // The cheap look reads the text in any case, as the patterns read its lowered copy ("Regulars", "MY
        // REGULARS"), without making that copy for every message; namesClients reads "walk-ins" too.
        if (text == null || text.isEmpty() || !SeeksClients.namesClients(text) && !Lowered.contains(text, "regulars")) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT);
        return COUNTED.matcher(t).find() || ONE.matcher(t).find();
    }
}
