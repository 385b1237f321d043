package dev.rapport.rules.text;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The words of the calendar, in one place (general English): the weekdays, the months written out, and the months'
 * usual short forms. Readers of dates, days and times take the groups they read from here instead of keeping their own
 * lists; a reader that leaves a word out of a group on purpose says which word and why beside its own use.
 *
 * <p>Each group is kept as a regex alternation, a constant, so that a pattern built from it stays a constant (read
 * once, inlined by the compiler where another class uses it), and as an immutable set built from the same text, for
 * reading one word at a time. All are lower case.
 */
public final class CalendarWords {
    /** The weekdays, Monday first, as a regex alternation. */
    public static final String WEEKDAY_ALTERNATION = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    /** The months written out, in the year's order, as a regex alternation. */
    public static final String MONTH_ALTERNATION = "january|february|march|april|may|june|july|august|september"
            + "|october|november|december";
    /**
     * The months' usual short forms, as a regex alternation: "may" has none shorter, and September has two ("sept",
     * "sep"), the longer first so that an alternation with no word boundary after it takes the whole word.
     */
    public static final String MONTH_SHORT_FORM_ALTERNATION = "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";

    /** The weekdays: "monday" to "sunday". */
    public static final Set<String> WEEKDAYS = words(WEEKDAY_ALTERNATION);
    /** The months written out: "january" to "december". */
    public static final Set<String> MONTHS = words(MONTH_ALTERNATION);
    /** The months' short forms: "jan", "feb", "sept", "sep"... ("may" is only in {@link #MONTHS}). */
    public static final Set<String> MONTH_SHORT_FORMS = words(MONTH_SHORT_FORM_ALTERNATION);
    /** The months, written out or short: what a number beside it makes a day of the month ("13 May", "3 sept"). */
    public static final Set<String> MONTHS_WITH_SHORT_FORMS = union(MONTHS, MONTH_SHORT_FORMS);
    /** The weekdays and the months written out, without the short forms. */
    public static final Set<String> WEEKDAYS_AND_MONTHS = union(WEEKDAYS, MONTHS);

    private CalendarWords() {
    }

    /** The words of one group or more, as one immutable set. */
    @SafeVarargs
    public static Set<String> union(Set<String>... groups) {
        Set<String> all = new HashSet<>();
        for (Set<String> group : groups) {
            all.addAll(group);
        }
        return Set.copyOf(all);
    }

    private static Set<String> words(String alternation) {
        return Set.copyOf(Arrays.asList(alternation.split("\\|")));
    }
}
