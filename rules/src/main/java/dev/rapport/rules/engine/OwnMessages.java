package dev.rapport.rules.engine;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.stats.IsoWeek;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A person's own recent messages, oldest first, with what each added to the tallies (so that an edit or a deletion
 * can be taken back): a ring of three flat arrays instead of a linked map of records holding two lists each. A
 * record, its map entry, its time and its two lists cost about 250 bytes per message; here it is 48. Platform ids
 * that are plain decimal numbers (Discord's snowflakes) are kept as a {@code long}, others as the id itself.
 *
 * <p>Edits and deletions look a message up by a scan from the newest: they are rare, and the ring holds at most a
 * day of one person's messages ({@link UserState#OWN_MESSAGES_KEPT}).
 */
final class OwnMessages {
    private static final int LONGS = 3;   // id as a number (or -1), epoch second, whom it gave to (one person)
    private static final int INTS = 6;    // nano, text hash, words, first person, second person, link count and flags
    private static final int REFS = 4;    // week, community, who it gave to, the id when it is not a number
    private static final Audience[] AUDIENCES = Audience.values();
    private static final int ADDRESSED = 1;
    private static final int HELP = 2;
    private static final int QUESTION = 4;
    private static final int PROMOTION = 8;
    private static final int SUBSTANCE = 16;
    private static final int ACKNOWLEDGEMENT = 32;
    private static final int CONTINUATION = 64;
    private static final int AUDIENCE_SHIFT = 7;  // the audience of a message to one person: 3 bits
    private static final int ONE = 1 << 10;       // it gave to one person, whose number is in the longs
    private static final int DREW_ANSWER = 1 << 11;
    private static final int LINKS_SHIFT = 12;

    /** A message to several people: who (by pseudonym number), and who each was then. */
    private record Several(long[] to, Audience[] audiences) {
    }

    private static final long[] NO_LONGS = {};
    private static final int[] NO_INTS = {};
    private static final Object[] NO_REFS = {};

    private long[] longs = NO_LONGS;
    private int[] ints = NO_INTS;
    private Object[] refs = NO_REFS;
    private int head;
    private int size;

    int size() {
        return size;
    }

    /** Adds the newest message, then lets go of the oldest while they are older than {@code horizon} or too many. */
    void add(MessageId id, OwnMessage m, Instant horizon, int kept) {
        // The oldest past the horizon go first, so that a ring full of yesterday's messages makes room rather than
        // growing (and halving again): the new message is never past the horizon, so the same ones go either way.
        while (size > 0 && before(physical(0), horizon)) {
            dropOldest();
        }
        if (size == capacity()) {
            grow();
        }
        int p = physical(size++);
        long code = code(id);
        longs[p * LONGS] = code;
        longs[p * LONGS + 1] = m.at().getEpochSecond();
        long[] to = m.gaveTo();
        int flags = (m.addressed() ? ADDRESSED : 0) | (m.help() ? HELP : 0) | (m.question() ? QUESTION : 0)
                | (m.promotion() ? PROMOTION : 0) | (m.substance() ? SUBSTANCE : 0)
                | (m.acknowledgement() ? ACKNOWLEDGEMENT : 0) | (m.continuation() ? CONTINUATION : 0)
                | (m.drewAnswer() ? DREW_ANSWER : 0);
        Object gave = null;
        if (to.length == 1) {
            longs[p * LONGS + 2] = to[0];
            flags |= m.audiences().get(0).ordinal() << AUDIENCE_SHIFT | ONE;
        } else if (to.length > 1) {
            gave = new Several(to.clone(), m.audiences().toArray(new Audience[0]));
        }
        int i = p * INTS;
        ints[i] = m.at().getNano();
        ints[i + 1] = m.textHash();
        ints[i + 2] = m.words();
        // First-person words and, of them, the plural ones, in one int: a message has far fewer than 65,536 words.
        ints[i + 3] = m.first() & 0xFFFF | m.firstPlural() << 16;
        ints[i + 4] = m.second();
        ints[i + 5] = m.linkCount() << LINKS_SHIFT | flags;
        int r = p * REFS;
        refs[r] = m.week();
        refs[r + 1] = m.community();
        refs[r + 2] = gave;
        refs[r + 3] = code < 0 ? id : null;
        while (size > 0) {
            if (!before(physical(0), horizon) && size <= kept) {
                break;
            }
            dropOldest();
        }
        // A ring that once held a busy day gives its room back when the days get quieter: a quarter full, it halves.
        int capacity = capacity();
        if (capacity > 1 && size * 4 <= capacity) {
            int smaller = capacity;
            while (smaller > 1 && size * 4 <= smaller) {
                smaller /= 2;
            }
            resize(smaller);
        }
    }

    private boolean before(int p, Instant horizon) {
        long second = longs[p * LONGS + 1];
        return second < horizon.getEpochSecond() || second == horizon.getEpochSecond() && ints[p * INTS] < horizon.getNano();
    }

    private void dropOldest() {
        clear(physical(0));
        head = (head + 1) & (capacity() - 1);
        size--;
    }

    /** Where the message is in the ring (logical place, newest last), or -1 when it is not (or no longer) remembered. */
    private int find(MessageId id) {
        long code = code(id);
        for (int k = size - 1; k >= 0; k--) {
            int p = physical(k);
            boolean same = code >= 0 ? longs[p * LONGS] == code && refs[p * REFS + 3] == null
                    : id.equals(refs[p * REFS + 3]);
            if (same) {
                return k;
            }
        }
        return -1;
    }

    /** What the message added, left in place; null when it is not (or no longer) remembered. */
    OwnMessage peek(MessageId id) {
        int k = find(id);
        return k < 0 ? null : read(physical(k));
    }

    /**
     * The message, said to the room, drew an answer: from now on it counts as said to someone, and as a turn of its
     * own rather than the continuation of the line before it.
     */
    void drewAnswer(MessageId id) {
        int k = find(id);
        if (k >= 0) {
            int i = physical(k) * INTS + 5;
            ints[i] = (ints[i] | ADDRESSED | DREW_ANSWER) & ~CONTINUATION;
        }
    }

    /** Takes the message out and returns what it added; null when it is not (or no longer) remembered. */
    OwnMessage take(MessageId id) {
        int k = find(id);
        if (k >= 0) {
            int p = physical(k);
            OwnMessage m = read(p);
            // Close the gap: the newer messages move back one place.
            for (int j = k; j < size - 1; j++) {
                move(physical(j + 1), physical(j));
            }
            clear(physical(size - 1));
            size--;
            return m;
        }
        return null;
    }

    private OwnMessage read(int p) {
        int i = p * INTS;
        int bits = ints[i + 5];
        int r = p * REFS;
        long[] to;
        List<Audience> audiences;
        Object gave = refs[r + 2];
        if ((bits & ONE) != 0) {
            to = new long[]{longs[p * LONGS + 2]};
            audiences = List.of(AUDIENCES[bits >>> AUDIENCE_SHIFT & 7]);
        } else if (gave == null) {
            to = new long[0];
            audiences = List.of();
        } else {
            Several several = (Several) gave;
            to = several.to().clone();
            audiences = List.of(several.audiences());
        }
        return new OwnMessage(Instant.ofEpochSecond(longs[p * LONGS + 1], ints[i]), (IsoWeek) refs[r],
                (CommunityId) refs[r + 1], (bits & ADDRESSED) != 0, (bits & HELP) != 0, (bits & QUESTION) != 0,
                bits >>> LINKS_SHIFT, (bits & PROMOTION) != 0, ints[i + 2], ints[i + 3] & 0xFFFF, ints[i + 4], to,
                audiences, ints[i + 1], (bits & SUBSTANCE) != 0, (bits & ACKNOWLEDGEMENT) != 0, (bits & CONTINUATION) != 0,
                ints[i + 3] >>> 16, (bits & DREW_ANSWER) != 0);
    }

    /**
     * A decimal id without leading zeros and short enough for a {@code long} (every Discord snowflake), as that
     * number; -1 for any other id, which is then kept as it is.
     */
    static long code(MessageId id) {
        String v = id.value();
        int n = v.length();
        if (n == 0 || n > 18 || n > 1 && v.charAt(0) == '0') {
            return -1;
        }
        long x = 0;
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            x = x * 10 + (c - '0');
        }
        return x;
    }

    private int capacity() {
        return longs.length / LONGS;
    }

    /** The places the ring holds: for tests that it gives room back. */
    int room() {
        return capacity();
    }

    private int physical(int logical) {
        return (head + logical) & (capacity() - 1);
    }

    private void move(int from, int to) {
        System.arraycopy(longs, from * LONGS, longs, to * LONGS, LONGS);
        System.arraycopy(ints, from * INTS, ints, to * INTS, INTS);
        System.arraycopy(refs, from * REFS, refs, to * REFS, REFS);
    }

    private void clear(int p) {
        Arrays.fill(refs, p * REFS, p * REFS + REFS, null);
    }

    private void grow() {
        int capacity = capacity();
        // Room for one at first: on most days a person writes little, and one message is kept a day.
        resize(capacity == 0 ? 1 : capacity * 2);
    }

    /** Moves the messages, oldest first, into a ring of {@code bigger} places (a power of two, at least the size). */
    private void resize(int bigger) {
        long[] l = new long[bigger * LONGS];
        int[] n = new int[bigger * INTS];
        Object[] o = new Object[bigger * REFS];
        for (int k = 0; k < size; k++) {
            int p = physical(k);
            System.arraycopy(longs, p * LONGS, l, k * LONGS, LONGS);
            System.arraycopy(ints, p * INTS, n, k * INTS, INTS);
            System.arraycopy(refs, p * REFS, o, k * REFS, REFS);
        }
        longs = l;
        ints = n;
        refs = o;
        head = 0;
    }
}
