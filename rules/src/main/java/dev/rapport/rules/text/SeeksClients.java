package dev.rapport.rules.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Someone saying they want clients of their own: "I need more clients this year", "how do you folks find more
 * customers?", "looking for my first paying clients", and the same said in the words of a trade whose clients go by
 * another name: bookings (a florist's, a photographer's), students or pupils (a tutor's), patients, commissions (an
 * artist's). Only someone who sells says that; a buyer looks for a provider ("looking for an editor"), never for
 * customers. However much such a person asks, they ask as one of the trade. The words are general English for
 * wanting, finding or winning clients; getting them to do something ("how do you get students to practise?") wants
 * no more of them, fellow students or other clients are not one's own, and "the bookings" are a lot already had.
 */
public final class SeeksClients {
    private static final Pattern WANTS = Pattern.compile(
            "\\b(?:need|needs|want|wants|looking for|look for|find|finding|get|getting|land|landing|win|winning|"
                    + "attract|bring in)\\b[^.?!\\n]{0,25}?\\b(?:clients|customers|buyers|bookings|students|pupils|patients|"
                    + "commissions|walk-ins)\\b(?!'|\\s+to\\s)");
    /**
     * Someone else's clients, one's fellows, or a particular lot named rather than more of them: "find other
     * students", "need the bookings spreadsheet".
     */
    private static final Pattern NOT_OWN = Pattern.compile("\\b(?:other|fellow|their|his|her|the|this|that|these|those)\\b");
    /**
     * Wanting more trade said as growing one's business ("I want to grow my business", "expanding our client base this
     * year", "grow my marine and haulage book", the broker's and the adviser's "book" of clients): more of it is more
     * clients. One's own ("my", "our"); not a plan, a skill or an account of it ("grow my business skills"), nor a
     * book's readers ("grow my book's audience", "book sales", "book club").
     */
    private static final Pattern GROWS = Pattern.compile("\\b(?:grow|growing|expand|expanding)\\s+(?:my|our)\\s+"
            + "(?:[a-z&]+\\s+){0,4}?(?:book|business|client\\s+base|customer\\s+base|client\\s+list|clientele)\\b"
            + "(?!'|\\s+(?:club|sales|plan|plans|skills|idea|ideas|account|card|cards|page|name|degree|course))");
    /**
     * One's clients said to be too few, in the trade's word for them: "bookings are dead quiet", "enquiries have been
     * slow", "quiet on the bookings", "clients have dried up". Only who sells has bookings or enquiries to wait for; chat
     * drops the "I", so one's own unless another's ("his bookings are slow", "their clients").
     */
    private static final Pattern TOO_FEW = Pattern.compile("\\b(?:(?:bookings|clients|customers|enquiries|inquiries)"
            + "\\s+(?:are|is|have\\s+been|has\\s+been|been|were)\\s+(?:still\\s+|really\\s+|so\\s+|very\\s+|dead\\s+)?"
            + "(?:quiet|slow|dead|thin|dire|drying\\s+up|dried\\s+up)"
            + "|(?:quiet|slow|dead)\\s+on\\s+the\\s+(?:[a-z]+\\s+)?(?:bookings|enquiries|inquiries|clients|customers))\\b");
    /** Someone else's clients, before the words of {@link #TOO_FEW}. */
    private static final Pattern OTHERS = Pattern.compile("\\b(?:his|her|their|your|other|fellow)\\s+(?:[a-z]+\\s+)?$");

    /**
     * Free dates or places one has to fill ("nine Saturdays still free this spring, we need to fill those", "three chairs
     * empty next week, trying to fill them"): what fills them is bookings, so wanting them filled wants clients. The
     * free ones named first (days, dates, slots, places, rooms...) and filled as "them" or "those"; filling a role or a
     * form is hiring or paperwork.
     */
    private static final Pattern FREE_TO_FILL = Pattern.compile("\\b(?:dates|days|weekends|weeks|evenings|nights"
            + "|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|slots|spaces|places|spots|chairs"
            + "|tables|rooms|pitches)\\s+(?:still\\s+)?(?:free|empty|open|unbooked|unsold|going\\s+spare)\\b"
            + "[^?]{0,80}?\\b(?:need|needs|have|has|got|trying|want|wants)\\s+to\\s+fill\\s+(?:them|those|these)\\b");

    /** Whose clients: one's own (I, we, you in "how do you find clients"), not someone else's. */
    private static final Pattern SPEAKER = Pattern.compile("\\b(?:i|i'm|im|we|we're|you|my|our)\\b");

    private SeeksClients() {
    }

    /**
     * True when the text says its author wants, or asks how to find, clients or customers of their own. Run on every
     * message of someone not yet known to seek clients, so its cost is one pass over the text that allocates nothing
     * for the many messages that name no clients, customers or buyers; only those that do are lowered and matched.
     */
    public static boolean is(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        boolean grows = Lowered.contains(text, "grow") || Lowered.contains(text, "expand");
        boolean fill = Lowered.contains(text, "to fill");
        if (!namesClients(text) && !grows && !fill && !Lowered.contains(text, "enquiries")
                && !Lowered.contains(text, "inquiries")) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT);
        if (fill && FREE_TO_FILL.matcher(t).find()) {
            return true;
        }
        if (grows && GROWS.matcher(t).find()) {
            return true;
        }
        var few = TOO_FEW.matcher(t);
        while (few.find()) {
            int start = Math.max(0, few.start() - 30);
            if (!OTHERS.matcher(t.substring(start, few.start())).find()) {
                return true;
            }
        }
        var m = WANTS.matcher(t);
        var speaker = SPEAKER.matcher(t);
        while (m.find()) {
            // The speaker is named in the same sentence, before the wish: "I really need more regular clients".
            int start = Math.max(Math.max(t.lastIndexOf('.', m.start()), t.lastIndexOf('?', m.start())),
                    t.lastIndexOf('!', m.start())) + 1;
            // A region reads as the substring would: its bounds are the text's edges to \b.
            if (speaker.region(start, m.start()).find() && !NOT_OWN.matcher(m.group()).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text names clients by any of the words {@link #WANTS} reads, in any case. */
    static boolean namesClients(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = Lowered.at(text, i);
            if (c == 'c' && (Lowered.startsWith(text, i, "client") || Lowered.startsWith(text, i, "customer")
                    || Lowered.startsWith(text, i, "commissions"))
                    || c == 'b' && (Lowered.startsWith(text, i, "buyer") || Lowered.startsWith(text, i, "bookings"))
                    || c == 's' && Lowered.startsWith(text, i, "students")
                    || c == 'p' && (Lowered.startsWith(text, i, "pupils") || Lowered.startsWith(text, i, "patients"))
                    // A shop's trade word for customers who come in off the street.
                    || c == 'w' && Lowered.startsWith(text, i, "walk-ins")) {
                return true;
            }
        }
        return false;
    }
}
