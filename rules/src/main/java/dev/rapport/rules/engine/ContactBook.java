package dev.rapport.rules.engine;

import dev.rapport.rules.stats.PseudonymRows;

/**
 * When a person first and last interacted with each counterpart, when they met again on a later occasion, and when
 * they last gave them something: one row of four {@code int}s per counterpart, keyed by pseudonym number ({@link PseudonymRows}). A person in a big community
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
    /**
     * The first time the person gave the counterpart something (a reply, a word to them, a reaction) at least
     * {@link #LATER_OCCASION} after their first interaction: they talked again, on another occasion.
     */
    private static final int AGAIN = 3;
    /**
     * Two interactions this far apart are two occasions (an evening and the next day), not one conversation: people who
     * talked on two occasions have begun to know each other.
     */
    static final long LATER_OCCASION = 12L * 3600 * 1000;
    /**
     * In {@link #AGAIN}: so far only a bare welcome passed between them ("welcome!" under an introduction). It greets;
     * nothing is talked about, so the first word beyond it is when they begin to talk, and the occasions count from
     * there. (Never a real time: one second after {@link #NONE}, in 1952.) Kept in that column rather than a fifth
     * one, which would cost every counterpart of everyone a quarter more memory for a state only a few contacts are
     * ever in and none for long; outside this class it is a flag of its own ({@link Visitor}'s, and the
     * snapshot's {@code UserSnapshot.Contact#onlyWelcomed}).
     */
    private static final int ONLY_WELCOMED = Integer.MIN_VALUE + 1;

    ContactBook() {
        super(4);
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
        interacted(other, atMilli, given, false);
    }

    /**
     * As {@link #interacted(long, long, boolean)}; {@code welcomeOnly} when the message only welcomed ("welcome
     * aboard!"): it makes them met, but a welcome is a greeting, not a conversation, so the first word beyond it begins
     * their acquaintance and its occasions (a welcome on Monday and one chat on Tuesday are one occasion of talking).
     */
    void interacted(long other, long atMilli, boolean given, boolean welcomeOnly) {
        interacted(other, atMilli, given, given, welcomeOnly);
    }

    /**
     * One's own word to the counterpart that gives them nothing (a question of one's own put to them): they met, and on
     * a later day met again, but no gift is recorded ({@link #lastGave} stays as it was).
     */
    void spokeTo(long other, long atMilli) {
        interacted(other, atMilli, true, false, false);
    }

    private void interacted(long other, long atMilli, boolean ownWord, boolean given, boolean welcomeOnly) {
        int r = findOrAdd(other, NONE);
        int at = pack(atMilli);
        int first = get(r, FIRST);
        if (welcomeOnly && first == NONE) {
            set(r, FIRST, at);
            set(r, LAST, at);
            set(r, AGAIN, ONLY_WELCOMED);
            if (given) {
                set(r, GAVE, at);
            }
            return;
        }
        if (get(r, AGAIN) == ONLY_WELCOMED && !welcomeOnly) {
            // The first word beyond the welcome: they begin to talk now.
            set(r, AGAIN, NONE);
            if (at > first) {
                set(r, FIRST, at);
                first = at;
            }
        }
        // Only one's own word counts as meeting them again: their thanks days later, answered with a pitch, is still
        // the first exchange going on. (An earlier interaction learnt late leaves it as it is: the coach knows no
        // more about the first one than that it was first.)
        if (ownWord && first != NONE && at > first && (long) at - first >= LATER_OCCASION / 1000
                && get(r, AGAIN) != ONLY_WELCOMED) {
            int again = get(r, AGAIN);
            if (again == NONE || at < again) {
                set(r, AGAIN, at);
            }
        }
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

    /**
     * Takes a stored contact back; {@code onlyWelcomed} when so far only a bare welcome passed between them (kept
     * since the person's snapshot version 9: before, the first word after a restart made the welcome their first
     * occasion of talking); {@code metAgainAt} when they met again on a later occasion that the last gift does not
     * tell ({@link #NEVER} if none was kept: snapshot version 17, see {@link #untoldMeeting}).
     */
    void restore(String other, long firstAt, long lastGaveAt, boolean onlyWelcomed, long metAgainAt) {
        int r = findOrAdd(key(other), NONE);
        int first = pack(firstAt);
        int gave = pack(lastGaveAt);
        int again = pack(metAgainAt);
        set(r, FIRST, first);
        set(r, GAVE, gave);
        set(r, LAST, Math.max(first, Math.max(gave, again)));
        if (onlyWelcomed && first != NONE) {
            set(r, AGAIN, ONLY_WELCOMED);
            return;
        }
        // A meeting again kept as such (a question of one's own on a later day), else what the last gift tells.
        int told = again != NONE ? again : toldByGift(first, gave);
        if (told != NONE) {
            set(r, AGAIN, told);
        }
    }

    /**
     * The later occasion storage reads from the first interaction and the last gift alone: a gift half a day or more
     * after the first interaction was one ({@link #NONE} if the two do not tell one).
     */
    private static int toldByGift(int first, int gave) {
        return first != NONE && gave != NONE && (long) gave - first >= LATER_OCCASION / 1000 ? gave : NONE;
    }

    /**
     * When they met again, where their first interaction and the last gift do not tell it ({@link #NEVER} where they
     * do, or they did not meet again): one's own word that gave nothing ({@link #spokeTo}, a question of one's own) on
     * a later day makes them met again with no gift to show it, and a restart must not make them strangers. Only then
     * is it stored, so a contact whose meeting again the gift tells reads as the snapshot versions before 17 wrote it.
     */
    private long untoldMeeting(int r) {
        int again = get(r, AGAIN);
        if (again == NONE || again == ONLY_WELCOMED || toldByGift(get(r, FIRST), get(r, GAVE)) != NONE) {
            return NEVER;
        }
        return unpack(again);
    }

    long firstInteraction(long other) {
        int r = find(other);
        return r < 0 ? NEVER : unpack(get(r, FIRST));
    }

    /**
     * When the person met the counterpart again, on an occasion at least {@link #LATER_OCCASION} after their first
     * interaction; {@link #NEVER} if not (yet). (A contact taken back from storage knows the time of its meeting again
     * only where no later gift tells it; where one does, the last gift stands for it, which is met again all the same.)
     */
    long metAgain(long other) {
        int r = find(other);
        return r < 0 || get(r, AGAIN) == ONLY_WELCOMED ? NEVER : unpack(get(r, AGAIN));
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
        /** {@code metAgain}: when they met again, only where the first interaction and last gift do not tell it. */
        void visit(String other, long first, long lastGave, boolean onlyWelcomed, long metAgain);
    }

    void forEach(Visitor visitor) {
        for (int r = 0; r < size(); r++) {
            visitor.visit(pseudonym(keyAt(r)), unpack(get(r, FIRST)), unpack(get(r, GAVE)),
                    get(r, AGAIN) == ONLY_WELCOMED, untoldMeeting(r));
        }
    }
}
