package dev.rapport.rules.promo;

import dev.rapport.rules.links.LinkExtractor;
import dev.rapport.rules.model.Link;
import dev.rapport.rules.text.CalendarWords;

import java.util.HashSet;
import java.util.Set;

/**
 * An availability notice: the writer's own diary said to be free on dates, with a link to their own work ("I'm free on
 * 12 and 19 October for shoots: <my site>", "Availability: free for christenings in June. <my gallery>", "Still
 * available on the 14th and 21st. <my site>"). Said to the room by a trade, dates left open are the room one sells, as
 * open slots are, and the page beside them is one's work shown to win the booking: an advert for one's services,
 * though it names no price and asks for no message.
 *
 * <p>The free dates must be the writer's: said in the first person ("I'm free", "we're available"), or with the
 * subject dropped as a notice drops it, then only where the clause says for what work ("free for portraits on…") or
 * that the dates are still left ("still free on…"): a bare "Free on Saturday: <page>" is as often an event that costs
 * nothing. Not "free for everyone", "free for members" (a price, not a diary), "free to chat", "free shipping", a
 * question ("are you free on the 3rd?"), and not with a link to a form, a calendar, a shared platform or a help page:
 * the booking or the sign-up of someone else's thing, not one's own work.
 */
final class AvailabilityCues implements CueFinder {
    /** Words one may put between the subject and "free": "I'm still free", "we're now available". */
    private static final Set<String> ADVERBS = Set.of("still", "also", "now", "currently", "only", "again", "fully");
    /** Words after which the free dates are said to be left over: "still free on…", "also available…". */
    private static final Set<String> STILL = Set.of("still", "also", "again");
    /** Words that lead into when the writer is free: "free on", "available from", "free this…", "free every…". */
    private static final Set<String> WHEN = Set.of("on", "from", "this", "next", "every", "most", "until", "till",
            "between", "throughout", "in", "over");
    /**
     * Who something is free for, which makes "free" a price rather than a diary: "free for everyone", "free for
     * members", "free for under-12s", "free for the first ten".
     */
    private static final Set<String> PEOPLE = Set.of("everyone", "everybody", "all", "anyone", "anybody", "members",
            "member", "kids", "children", "families", "students", "locals", "residents", "you", "us", "them", "the",
            "under", "over", "ages", "seniors", "adults", "beginners", "guests", "visitors", "newcomers", "first",
            "pensioners", "one", "life", "personal", "commercial", "non");
    /**
     * Dates: months, weekdays and the words of a diary's days. The months' short forms except "mar", which this list
     * has never held (it is also a verb, "to mar"): reading it as March here would be a change of judgement, to make
     * and test on its own, not part of sharing the calendar's words.
     */
    private static final Set<String> DATES = CalendarWords.union(CalendarWords.MONTHS, shortFormsBut("mar"),
            CalendarWords.WEEKDAYS, everyWeekday(), Set.of("weekend", "weekends", "date", "dates"));
    /**
     * Words of a favour offered rather than work: "free on Saturday if anyone needs a hand", "available to help with
     * the move", "free to give you a lift". A neighbour's time given, whatever page they link.
     */
    private static final Set<String> FAVOURS = Set.of("help", "helping", "hand", "lift", "lifts", "volunteer",
            "volunteering", "favour", "favor");

    @Override
    public void find(PromoTokens t, Set<Cue> found) {
        if (t.links() == 0 || found.contains(Cue.OPEN_DATES)) {
            return;
        }
        for (int i = 0; i < t.size(); i++) {
            if ((t.isWord(i, "free") || t.isWord(i, "available")) && !t.inQuestion(i) && ownDiary(t, i)
                    && datesFollow(t, i) && !favourOffered(t) && ownWorkLinked(t)) {
                found.add(Cue.OPEN_DATES);
                return;
            }
        }
    }

    /** Whether the message offers a favour ("if anyone needs a hand", "happy to help"): asked only of a notice found. */
    private static boolean favourOffered(PromoTokens t) {
        for (int i = 0; i < t.size(); i++) {
            if (t.isKind(i, TokenKind.WORD) && FAVOURS.contains(t.text(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the "free" or "available" at {@code i} is said of the writer: "I'm free", "we are available", or a
     * clause that starts with it (perhaps after "still") and says for what work or that the dates are left.
     */
    private static boolean ownDiary(PromoTokens t, int i) {
        int before = i - 1;
        boolean still = false;
        if (t.isKind(before, TokenKind.WORD) && ADVERBS.contains(t.text(before))) {
            still = STILL.contains(t.text(before));
            before--;
        }
        if (t.isWord(before, "i'm") || t.isWord(before, "im") || t.isWord(before, "we're")
                || t.isWord(before, "am") && t.isWord(before - 1, "i")
                || t.isWord(before, "are") && t.isWord(before - 1, "we")) {
            return true;
        }
        // with the subject dropped, as a notice drops it: only where it says the dates are left or for what work
        return t.isBreak(before) && (still || t.isWord(i + 1, "for"));
    }

    /**
     * Whether dates follow in the clause: "on 12 and 19 October", "for weddings on the 3rd", "from Monday", "14th".
     * After "for", its object must not be people or a use ("free for everyone", "free for personal use"), which make
     * the word a price.
     */
    private static boolean datesFollow(PromoTokens t, int i) {
        int j = i + 1;
        if (t.isWord(j, "for")) {
            if (t.isKind(j + 1, TokenKind.WORD) && PEOPLE.contains(t.text(j + 1))) {
                return false;
            }
        } else if (!(t.isKind(j, TokenKind.WORD) && (WHEN.contains(t.text(j)) || DATES.contains(t.text(j))))
                && !t.isKind(j, TokenKind.NUMBER)) {
            return false;
        }
        for (int k = j; !t.isBreak(k); k++) {
            if (t.isKind(k, TokenKind.NUMBER) || t.isKind(k, TokenKind.WORD) && DATES.contains(t.text(k))) {
                return true;
            }
        }
        return false;
    }

    /** The months' short forms, but {@code left}. */
    private static Set<String> shortFormsBut(String left) {
        Set<String> forms = new HashSet<>(CalendarWords.MONTH_SHORT_FORMS);
        forms.remove(left);
        return forms;
    }

    /** The weekdays in the plural, as a diary's days say them: "free on Mondays". */
    private static Set<String> everyWeekday() {
        Set<String> days = new HashSet<>();
        for (String day : CalendarWords.WEEKDAYS) {
            days.add(day + "s");
        }
        return days;
    }

    /**
     * A link in the message that can be to the writer's own work: their own site or their page on a platform, not a
     * form, a calendar or booking service, a shared platform's page, a help page or a shortened link.
     */
    private static boolean ownWorkLinked(PromoTokens t) {
        for (int i = 0; i < t.size(); i++) {
            if (!t.isKind(i, TokenKind.LINK)) {
                continue;
            }
            LinkKind kind = t.linkKind(i);
            if (kind == LinkKind.PROFILE) {
                return true;
            }
            String url = t.text(i);
            Link link = LinkExtractor.linkAt(url, 0, url.length());
            if (link != null && OwnSites.mayBeOnesOwn(link)) {
                return true;
            }
        }
        return false;
    }
}
