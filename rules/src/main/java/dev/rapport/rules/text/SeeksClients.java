package dev.rapport.rules.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Someone saying they want clients of their own: "I need more clients this year", "how do you all find new
 * customers?", "looking for my first paying clients". Only someone who sells says that; a buyer looks for a
 * provider ("looking for an editor"), never for customers. However much such a person asks, they ask as one of the
 * trade. The words are general English for wanting, finding or winning clients or customers.
 */
public final class SeeksClients {
    private static final Pattern WANTS = Pattern.compile(
            "\\b(?:need|needs|want|wants|looking for|look for|find|finding|get|getting|land|landing|win|winning|"
                    + "attract|bring in)\\b[^.?!\\n]{0,25}?\\b(?:clients|customers|buyers)\\b(?!')");
    /** Whose clients: one's own (I, we, you in "how do you find clients"), not someone else's. */
    private static final Pattern SPEAKER = Pattern.compile("\\b(?:i|i'm|im|we|we're|you|my|our)\\b");

    private SeeksClients() {
    }

    /** True when the text says its author wants, or asks how to find, clients or customers of their own. */
    public static boolean is(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT);
        // Every match names clients, customers or buyers: the JDK's search for them first spares nearly every
        // message the expression (it ran on each message of everyone not yet known to seek clients).
        if (!t.contains("clients") && !t.contains("customers") && !t.contains("buyers")) {
            return false;
        }
        var m = WANTS.matcher(t);
        while (m.find()) {
            // The speaker is named in the same sentence, before the wish: "I really need more direct clients".
            int start = Math.max(Math.max(t.lastIndexOf('.', m.start()), t.lastIndexOf('?', m.start())),
                    t.lastIndexOf('!', m.start())) + 1;
            if (SPEAKER.matcher(t.substring(start, m.start())).find()) {
                return true;
            }
        }
        return false;
    }
}
