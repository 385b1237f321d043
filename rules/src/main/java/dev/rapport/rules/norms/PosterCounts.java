package dev.rapport.rules.norms;

import java.util.Arrays;

/**
 * Counts of a few kinds per poster, for a channel's last {@link ChannelHabits#MAX_POSTERS} distinct posters (as
 * pseudonym numbers), in two half-memory periods (the current one and the one before), so old habits fade without a
 * log of messages. Flat arrays: a channel costs a few hundred bytes at most, however busy it is. {@link ChannelHabits}
 * and {@link RoomLines} count different kinds with it.
 */
final class PosterCounts {
    private final int kinds;
    private long[] who;
    private long[] period;
    /** Per poster: {@link #kinds} counts of the current period, then {@link #kinds} of the one before. */
    private int[] counts;
    private int size;

    PosterCounts(int kinds, int capacity) {
        this.kinds = kinds;
        this.who = new long[capacity];
        this.period = new long[capacity];
        this.counts = new int[capacity * 2 * kinds];
    }

    int size() {
        return size;
    }

    long who(int i) {
        return who[i];
    }

    /** The period poster {@code i} was last counted in. */
    long period(int i) {
        return period[i];
    }

    /** {@code poster}'s slot, moved on to period {@code now}; a new poster takes a free slot or the stalest one. */
    int slotOf(long poster, long now) {
        int i = indexOf(poster);
        if (i < 0) {
            i = take(poster, now);
        }
        roll(i, now);
        return i;
    }

    /** Adds one to kind {@code k} of poster {@code i} (a slot from {@link #slotOf}) in its current period. */
    void increment(int i, int k) {
        counts[i * 2 * kinds + k]++;
    }

    /** Kind {@code k}'s count for poster {@code i} over the current and the previous period as of {@code now}. */
    int recent(int i, long now, int k) {
        int base = i * 2 * kinds;
        if (period[i] == now) {
            return counts[base + k] + counts[base + kinds + k];
        }
        // Their last period is now the previous one: what was current then still counts, what was before has faded.
        return period[i] == now - 1 ? counts[base + k] : 0;
    }

    /** Kind {@code k}'s count for poster {@code i} in its own last period. */
    int current(int i, int k) {
        return counts[i * 2 * kinds + k];
    }

    /** Kind {@code k}'s count for poster {@code i} in the period before its last. */
    int before(int i, int k) {
        return counts[i * 2 * kinds + kinds + k];
    }

    /** Appends a poster taken back from saved counts (in their order, at most {@link ChannelHabits#MAX_POSTERS}). */
    int append(long poster, long lastPeriod) {
        grow();
        int i = size++;
        who[i] = poster;
        period[i] = lastPeriod;
        return i;
    }

    /** Sets kind {@code k} of poster {@code i}, taken back from saved counts. */
    void set(int i, int k, int current, int before) {
        counts[i * 2 * kinds + k] = current;
        counts[i * 2 * kinds + kinds + k] = before;
    }

    /** Lets go of {@code poster}'s counts (someone forgotten); true when there were any. */
    boolean forget(long poster) {
        int i = indexOf(poster);
        if (i < 0) {
            return false;
        }
        int last = size - 1;
        System.arraycopy(who, i + 1, who, i, last - i);
        System.arraycopy(period, i + 1, period, i, last - i);
        System.arraycopy(counts, (i + 1) * 2 * kinds, counts, i * 2 * kinds, (last - i) * 2 * kinds);
        Arrays.fill(counts, last * 2 * kinds, size * 2 * kinds, 0);
        size = last;
        return true;
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
    private int take(long poster, long now) {
        int i;
        if (size < ChannelHabits.MAX_POSTERS) {
            grow();
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
        Arrays.fill(counts, i * 2 * kinds, (i + 1) * 2 * kinds, 0);
        return i;
    }

    private void grow() {
        if (size == who.length) {
            int grown = Math.min(ChannelHabits.MAX_POSTERS, Math.max(1, who.length * 2));
            who = Arrays.copyOf(who, grown);
            period = Arrays.copyOf(period, grown);
            counts = Arrays.copyOf(counts, grown * 2 * kinds);
        }
    }

    /** Moves poster {@code i}'s counts on to period {@code now}. */
    private void roll(int i, long now) {
        if (period[i] == now) {
            return;
        }
        int base = i * 2 * kinds;
        for (int k = 0; k < kinds; k++) {
            counts[base + kinds + k] = period[i] == now - 1 ? counts[base + k] : 0;
            counts[base + k] = 0;
        }
        period[i] = now;
    }
}
