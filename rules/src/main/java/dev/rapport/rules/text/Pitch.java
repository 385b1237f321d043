package dev.rapport.rules.text;

import dev.rapport.rules.model.Link;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sales pitches the rules must recognise from context, beside the promotion detector's verdict:
 * <ul>
 *   <li>a <b>priced offer with a contact call</b>: a price or a rate ("$150", "40/h", "from 30 euros") and "DM me",
 *       "message me", "contact me";</li>
 *   <li>a <b>business proposal or a priced offer with a call booking</b>: cooperation, partnership or collaboration,
 *       or a price, and a booking link or "book a call".</li>
 * </ul>
 * Whether such a message is a pitch or an answer depends on whether anyone asked: the engine decides that.
 */
public final class Pitch {
    /** Public scheduling services whose links book a call (general knowledge, not taken from any data set). */
    private static final Set<String> SCHEDULING_HOSTS = Set.of("calendly.com", "cal.com", "savvycal.com",
            "tidycal.com", "zcal.co", "youcanbook.me", "acuityscheduling.com", "meetings.hubspot.com", "koalendar.com",
            "doodle.com", "calendar.app.google");
    private static final Set<String> PROPOSALS = Set.of("cooperation", "cooperate", "collaboration", "collaborate",
            "collab", "partnership", "partner", "partnering", "sponsorship", "sponsor", "cross-promote",
            "cross-promotion");
    private static final Set<String> CURRENCY_WORDS = Set.of("usd", "eur", "euro", "euros", "dollars", "bucks", "gbp",
            "pounds");

    private Pitch() {
    }

    /** The message pitches: a priced offer that asks to be contacted, or a proposal with a call to book. */
    public static boolean is(String text, List<Link> links) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        // Lower-casing returns the text itself when nothing in it is upper-case, and String.contains is the JDK's
        // vectorised search: measured, this beat one pass of our own over the text for all the phrases at once.
        String t = text.toLowerCase(Locale.ROOT);
        // The cheap half of each pair first: few messages ask to be contacted or to book a call, and only those
        // need the word split that finds a price or a proposal (a split per message was 9% of a replay).
        if (asksForContact(t) && priced(t)) {
            return true;
        }
        if (!booksACall(t, links)) {
            return false;
        }
        // A price with a call to book is a priced offer too: the booking link is its contact call.
        return proposes(t) || priced(t);
    }

    /**
     * A price with a link to take it up ("under 20 closings? My program fixes that, $297/month: https://..."): put to
     * someone with a question, the question opens an offer, and the offer is what the message brings.
     */
    public static boolean pricedWithLink(String text, List<Link> links) {
        return text != null && !links.isEmpty() && priced(text.toLowerCase(Locale.ROOT));
    }

    /**
     * An invitation to get in touch ("DM me", "let's talk", "hit me up"): with one's own work pushed at someone who
     * asked for nothing, it makes the push an offer, a pitch, rather than a request to look.
     */
    public static boolean invitesContact(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT);
        return asksForContact(t) || t.contains("let's talk") || t.contains("lets talk") || t.contains("let's chat")
                || t.contains("lets chat") || t.contains("get in touch") || t.contains("reach out to me");
    }

    private static final String[] SCHEDULING_HOST_LIST = SCHEDULING_HOSTS.toArray(new String[0]);

    private static boolean asksForContact(String t) {
        return t.contains("dm me") || t.contains("pm me") || t.contains("message me") || t.contains("contact me")
                || t.contains("email me") || t.contains("hit me up") || t.contains("inbox me") || t.contains("send me a dm")
                || t.contains("drop me a message") || t.contains("dm for") || t.contains("dms open");
    }

    /** A currency sign next to a number, a number with a currency word, or a rate per hour. */
    static boolean priced(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '$' || c == '€' || c == '£' || c == '¥' || c == '₹') {
                boolean before = i > 0 && Character.isDigit(t.charAt(i - 1));
                boolean after = i + 1 < t.length() && Character.isDigit(t.charAt(i + 1));
                if (before || after) {
                    return true;
                }
            }
        }
        String[] words = t.split("[^\\p{L}\\p{N}/]+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty() || !Character.isDigit(w.charAt(0))) {
                continue;
            }
            if (w.endsWith("/h") || w.endsWith("/hr") || w.endsWith("/hour")) {
                return true;
            }
            if (i + 1 < words.length && (CURRENCY_WORDS.contains(words[i + 1]) || words[i + 1].equals("per")
                    || words[i + 1].equals("an") && i + 2 < words.length && words[i + 2].equals("hour"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean proposes(String t) {
        for (String w : t.split("[^\\p{L}-]+")) {
            if (PROPOSALS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean booksACall(String t, List<Link> links) {
        for (int i = 0; i < links.size(); i++) {
            String host = links.get(i).host();
            for (String s : SCHEDULING_HOST_LIST) {
                if (host.equals(s) || isSubdomain(host, s)) {
                    return true;
                }
            }
        }
        return t.contains("book a call") || t.contains("schedule a call") || t.contains("hop on a call")
                || t.contains("jump on a call") || t.contains("book a meeting") || t.contains("schedule a meeting")
                || t.contains("set up a call");
    }

    /** {@code host.endsWith("." + domain)}, without building the string. */
    private static boolean isSubdomain(String host, String domain) {
        int dot = host.length() - domain.length() - 1;
        return dot >= 0 && host.charAt(dot) == '.' && host.endsWith(domain);
    }
}
