package dev.rapport.rules.engine;

import dev.rapport.rules.stats.PseudonymRows;

/**
 * When a person first and last interacted with each counterpart, and when they last gave them something: one row of
 * three {@code int}s per counterpart, keyed by pseudonym number ({@link PseudonymRows}). A person in a big community
 * meets hundreds of people; a boxed map entry and two {@code Instant}s per counterpart were most of a person's
 * memory, and then a string per counterpart and an array per column. The interface speaks epoch milliseconds;
 * inside, times are whole seconds from 2020 in an {@code int} (1952 to 2088), which is finer than anything the rules
 * ask (days and hours).
 */
final class ContactBook extends PseudonymRows {
    /** Not yet. */
    static final long NEVER = Long.MIN_VALUE;
    private static final int NONE = Integer.MIN_VALUE;
    private static final long BASE_SECONDS = 1_577_836_800L; // 2020-01-01T00:00:00Z
    private static final int FIRST = 0;
    private static final int LAST = 1;
    private static final int GAVE = 2;

    ContactBook() {
        super(3);
    }

    private static int pack(long epochMilli) {
        if (epochMilli == NEVER) {
            return NONE;
        }
        long s = Math.floorDiv(epochMilli, 1000) - BASE_SECONDS;
        return (int) Math.max(NONE + 1, Math.min(Integer.MAX_VALUE, s));
    }

    private static long unpack(int packed) {
        return packed == NONE ? NEVER : (packed + BASE_SECONDS) * 1000;
    }

    /**
     * An interaction either way at {@code at} with the counterpart of pseudonym number {@code other}; {@code given}
     * when the person gave something (a reply, a reaction).
     */
    void interacted(long other, long atMilli, boolean given) {
        int r = findOrAdd(other, NONE);
        int at = pack(atMilli);
        int first = get(r, FIRST);
        if (first == NONE || at < first) {
            set(r, FIRST, at);
        }
        if (at > get(r, LAST)) {
            set(r, LAST, at);
        }
        if (given && at > get(r, GAVE)) {
            set(r, GAVE, at);
        }
    }

    /** Takes a stored contact back. */
    void restore(String other, long firstAt, long lastGaveAt) {
        int r = findOrAdd(key(other), NONE);
        int first = pack(firstAt);
        int gave = pack(lastGaveAt);
        set(r, FIRST, first);
        set(r, GAVE, gave);
        set(r, LAST, Math.max(first, gave));
    }

    long firstInteraction(long other) {
        int r = find(other);
        return r < 0 ? NEVER : unpack(get(r, FIRST));
    }

    long lastGave(long other) {
        int r = find(other);
        return r < 0 ? NEVER : unpack(get(r, GAVE));
    }

    /** Forgets everyone not met since {@code horizon}: to the rules they are new again. */
    void forgetBefore(long horizonMilli) {
        int horizon = pack(horizonMilli);
        retain((table, r) -> table.get(r, LAST) >= horizon);
    }

    interface Visitor {
        void visit(String other, long first, long lastGave);
    }

    void forEach(Visitor visitor) {
        for (int r = 0; r < size(); r++) {
            visitor.visit(pseudonym(keyAt(r)), unpack(get(r, FIRST)), unpack(get(r, GAVE)));
        }
    }
}
