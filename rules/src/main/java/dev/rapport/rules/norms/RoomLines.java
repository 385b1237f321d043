package dev.rapport.rules.norms;

import java.util.Arrays;

/**
 * Who talks to whom in one channel, line by line: for each of its last {@link ChannelHabits#MAX_POSTERS} posters, how
 * many of their lines went to the room (saying something, asking nothing), how many were talk (a reply, a mention,
 * a question), and how many lines of talk were aimed at them (said within the hour after their line, by someone
 * else), in two half-memory periods like {@link ChannelHabits}. It tells a room of posts (the members' scores, one's
 * own daily tally, photos with a word of praise under them) from a room where people talk among themselves, however
 * few post there: the norm needs several regulars, this needs none.
 *
 * <p>Only counts per poster (pseudonym numbers), never text. Not kept across a restart: until it has watched the
 * channel again for a while it reads nothing ({@link #postsToRoomFor}), so a restart licenses less, never more.
 */
final class RoomLines {
    private static final int ROOM = 0;
    private static final int TALK = 1;
    private static final int DREW = 2;
    private static final int KINDS = 3;

    /** When this started counting (epoch seconds): after a restart, later than the channel's first message. */
    private long since = Long.MIN_VALUE;
    private long[] who = new long[2];
    private long[] period = new long[2];
    private int[] counts = new int[2 * 2 * KINDS];
    private int size;

    /**
     * Counts a line by {@code poster} at {@code atSecond} (in period {@code now}), said within the hour after a line
     * of {@code previous} ({@link RoomHabits#NOBODY} when it came into a quiet room or after one's own line).
     */
    void count(long poster, long now, long atSecond, RoomPost post, long previous) {
        if (since == Long.MIN_VALUE) {
            since = atSecond;
        }
        boolean room = post.toRoom() && !post.question();
        add(poster, now, room ? ROOM : TALK);
        if (!room && previous != RoomHabits.NOBODY && previous != poster) {
            add(previous, now, DREW);
        }
    }

    /**
     * Whether, for {@code poster} at {@code atSecond} (in period {@code now}), once this has watched the channel for
     * {@code establishedSeconds}, the others here mostly post to the room: their talk among themselves (talk not
     * aimed at the poster: a word of praise or a question under the poster's own post is the room answering it) is
     * at most half their lines to the room, or there is none (nobody else posts here at all).
     */
    boolean postsToRoomFor(long poster, long now, long atSecond, long establishedSeconds) {
        if (since == Long.MIN_VALUE || atSecond - since < establishedSeconds) {
            return false;
        }
        int room = 0;
        int talk = 0;
        for (int i = 0; i < size; i++) {
            if (who[i] == poster) {
                talk -= recent(i, now, DREW);
            } else {
                room += recent(i, now, ROOM);
                talk += recent(i, now, TALK);
            }
        }
        return talk <= 0 || talk * 2 <= room;
    }

    /** Lets go of {@code poster}'s counts (someone forgotten). */
    void forget(long poster) {
        int i = indexOf(poster);
        if (i < 0) {
            return;
        }
        int last = size - 1;
        System.arraycopy(who, i + 1, who, i, last - i);
        System.arraycopy(period, i + 1, period, i, last - i);
        System.arraycopy(counts, (i + 1) * 2 * KINDS, counts, i * 2 * KINDS, (last - i) * 2 * KINDS);
        Arrays.fill(counts, last * 2 * KINDS, size * 2 * KINDS, 0);
        size = last;
    }

    private void add(long poster, long now, int kind) {
        int i = indexOf(poster);
        if (i < 0) {
            i = slot(poster, now);
        }
        roll(i, now);
        counts[i * 2 * KINDS + kind]++;
    }

    private int recent(int i, long now, int k) {
        int base = i * 2 * KINDS;
        if (period[i] == now) {
            return counts[base + k] + counts[base + KINDS + k];
        }
        return period[i] == now - 1 ? counts[base + k] : 0;
    }

    private void roll(int i, long now) {
        if (period[i] == now) {
            return;
        }
        int base = i * 2 * KINDS;
        for (int k = 0; k < KINDS; k++) {
            counts[base + KINDS + k] = period[i] == now - 1 ? counts[base + k] : 0;
            counts[base + k] = 0;
        }
        period[i] = now;
    }

    private int indexOf(long poster) {
        for (int i = 0; i < size; i++) {
            if (who[i] == poster) {
                return i;
            }
        }
        return -1;
    }

    /** A slot for a new poster: a free one, else the one heard from longest ago (ties: the first). */
    private int slot(long poster, long now) {
        int i;
        if (size < ChannelHabits.MAX_POSTERS) {
            if (size == who.length) {
                int grown = Math.min(ChannelHabits.MAX_POSTERS, who.length * 2);
                who = Arrays.copyOf(who, grown);
                period = Arrays.copyOf(period, grown);
                counts = Arrays.copyOf(counts, grown * 2 * KINDS);
            }
            i = size++;
        } else {
            i = 0;
            for (int j = 1; j < size; j++) {
                if (period[j] < period[i]) {
                    i = j;
                }
            }
        }
        who[i] = poster;
        period[i] = now;
        Arrays.fill(counts, i * 2 * KINDS, (i + 1) * 2 * KINDS, 0);
        return i;
    }
}
