package dev.rapport.rules.stats;

import dev.rapport.rules.audience.Audience;

/**
 * What a person gave to and received from each counterpart in a week, by pseudonym number, one row of five
 * {@code int}s each ({@link PseudonymRows}): a week of a busy person names hundreds of people, most weeks a few, and
 * a boxed map entry (or an array per count) per week was most of the engine's memory.
 */
final class CounterpartCounts extends PseudonymRows {
    private static final Audience[] AUDIENCES = Audience.values();
    private static final int GIVEN = 0;
    private static final int RECEIVED = 1;
    // Of what was given: help (answers, advice, pointers, reactions) and acknowledgements (thanks, "ok").
    private static final int HELPED = 2;
    private static final int ACKNOWLEDGED = 3;
    // The audience now (low byte), and the days of the week (bit 0 Monday .. bit 6 Sunday, from bit 8) on which the
    // counterpart reached out: reciprocity is judged by occasions, not by the messages of one conversation.
    private static final int AUDIENCE_AND_DAYS = 4;
    private static final int DAYS_SHIFT = 8;

    CounterpartCounts() {
        super(5);
    }

    /** Adds to a counterpart's counts and sets who they are now. */
    void add(long who, int givenDelta, int receivedDelta, Audience now) {
        int r = findOrAdd(who, 0);
        add(r, GIVEN, givenDelta);
        add(r, RECEIVED, receivedDelta);
        set(r, AUDIENCE_AND_DAYS, get(r, AUDIENCE_AND_DAYS) & ~0xff | now.ordinal());
    }

    /** Adds to what of the given was help or acknowledgement, for a counterpart already counted. */
    void addKinds(long who, int helpedDelta, int acknowledgedDelta) {
        int r = find(who);
        if (r < 0) {
            return;
        }
        add(r, HELPED, helpedDelta);
        add(r, ACKNOWLEDGED, acknowledgedDelta);
    }

    /** Marks a day of the week (0 Monday .. 6 Sunday) on which a counterpart already counted reached out. */
    void receivedOn(long who, int dayOfWeek) {
        int r = find(who);
        if (r < 0) {
            return;
        }
        set(r, AUDIENCE_AND_DAYS, get(r, AUDIENCE_AND_DAYS) | 1 << (DAYS_SHIFT + dayOfWeek));
    }

    /** Sets the days a counterpart already counted reached out on (a restored tally). */
    void receivedDays(long who, int days) {
        int r = find(who);
        if (r < 0) {
            return;
        }
        set(r, AUDIENCE_AND_DAYS, get(r, AUDIENCE_AND_DAYS) & 0xff | (days & 0x7f) << DAYS_SHIFT);
    }

    /** Visits every counterpart (in no particular order). */
    void forEach(Visitor visitor) {
        for (int r = 0; r < size(); r++) {
            int audienceAndDays = get(r, AUDIENCE_AND_DAYS);
            visitor.visit(pseudonym(keyAt(r)), get(r, GIVEN), get(r, RECEIVED),
                    AUDIENCES[audienceAndDays & 0xff], get(r, HELPED), get(r, ACKNOWLEDGED),
                    audienceAndDays >>> DAYS_SHIFT);
        }
    }

    interface Visitor {
        void visit(String who, int given, int received, Audience audience, int helped, int acknowledged,
                   int receivedDays);
    }

    @Override
    public String toString() {
        return "CounterpartCounts(" + size() + ")";
    }
}
