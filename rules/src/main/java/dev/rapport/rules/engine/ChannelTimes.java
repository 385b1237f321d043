package dev.rapport.rules.engine;

import dev.rapport.rules.model.ChannelId;

import java.time.Instant;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The latest time of something per channel, for one or more things at once ({@code columns}: where a person last
 * spoke and last gave share one table), in two flat arrays: the channels in the order first met, and per channel one
 * {@code long} per column. A time is its second since 2020 and its nanosecond in one {@code long} (exact, for any time
 * from 1748 to 2292); a table that is given a time outside that range keeps second and nanosecond apart from then on.
 * A person speaks in a few to a few dozen channels: up to {@link #SCAN} channels a lookup scans them, beyond that it
 * goes through a hash index beside them.
 *
 * <p>It replaced one open-addressing table per thing with three arrays each (channel, second, nanosecond), whose
 * object, array headers and empty slots cost more than the times. Nothing is observable of the order of the
 * channels: callers look channels up, or copy them into maps.
 */
final class ChannelTimes {
    /** Up to this many channels, a lookup scans them. */
    static final int SCAN = 8;
    private static final long BASE_SECONDS = 1_577_836_800L; // 2020-01-01T00:00:00Z
    private static final int NANO_BITS = 30;
    /** Seconds from 2020 that fit beside the nanosecond: 34 bits, signed, with the lowest left for ABSENT. */
    private static final long LIMIT = 1L << 33;
    /** No time in this column. */
    private static final long ABSENT = Long.MIN_VALUE;
    private static final ChannelId[] NO_KEYS = {};
    private static final long[] NO_TIMES = {};

    private final int columns;
    private ChannelId[] keys = NO_KEYS;
    /** Per channel, {@code columns} packed times, or (wide) {@code columns} pairs of second and nanosecond. */
    private long[] times = NO_TIMES;
    private int size;
    private boolean wide;
    /** Open addressing over channel numbers + 1 (0: empty); null while a scan is enough. */
    private int[] index;

    ChannelTimes() {
        this(1);
    }

    ChannelTimes(int columns) {
        this.columns = columns;
    }

    /** How many channels have a time in column 0 (of a one-column table: how many channels). */
    int size() {
        return count(0);
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The time kept for {@code channel}, or null. */
    Instant get(ChannelId channel) {
        return get(0, channel);
    }

    Instant get(int column, ChannelId channel) {
        int i = find(channel);
        return i < 0 ? null : time(i, column);
    }

    /** Keeps {@code at} for {@code channel} when it is later than what is kept (or nothing is). */
    void latest(ChannelId channel, Instant at) {
        latest(0, channel, at);
    }

    void latest(int column, ChannelId channel, Instant at) {
        int i = findOrAdd(channel, at);
        if (wide) {
            int p = (i * columns + column) * 2;
            if (times[p] == ABSENT || at.getEpochSecond() > times[p]
                    || at.getEpochSecond() == times[p] && at.getNano() > times[p + 1]) {
                times[p] = at.getEpochSecond();
                times[p + 1] = at.getNano();
            }
            return;
        }
        int p = i * columns + column;
        long packed = pack(at);
        if (times[p] == ABSENT || packed > times[p]) {
            times[p] = packed;
        }
    }

    /** Sets the time of {@code channel}, whatever was kept (a stored state taken back). */
    void put(ChannelId channel, Instant at) {
        put(0, channel, at);
    }

    void put(int column, ChannelId channel, Instant at) {
        int i = findOrAdd(channel, at);
        if (wide) {
            int p = (i * columns + column) * 2;
            times[p] = at.getEpochSecond();
            times[p + 1] = at.getNano();
        } else {
            times[i * columns + column] = pack(at);
        }
    }

    /** Forgets every time before {@code horizon}, in every column; a channel without a time left is forgotten. */
    void forgetBefore(Instant horizon) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            boolean any = false;
            for (int c = 0; c < columns; c++) {
                if (has(i, c) && before(i, c, horizon)) {
                    clear(i, c);
                }
                any |= has(i, c);
            }
            if (!any) {
                continue;
            }
            if (kept != i) {
                keys[kept] = keys[i];
                int width = wide ? columns * 2 : columns;
                System.arraycopy(times, i * width, times, kept * width, width);
            }
            kept++;
        }
        if (kept == size) {
            return;
        }
        Arrays.fill(keys, kept, size, null);
        size = kept;
        if (size == 0) {
            keys = NO_KEYS;
            times = NO_TIMES;
            wide = false;
        } else if (size * 2 < keys.length) {
            // A table that shrank a lot gives its room back.
            resize(size);
        }
        index = null;
        if (size > SCAN) {
            reindex();
        }
    }

    void forEach(BiConsumer<ChannelId, Instant> visitor) {
        forEach(0, visitor);
    }

    /** Visits the channels with a time in {@code column}. */
    void forEach(int column, BiConsumer<ChannelId, Instant> visitor) {
        for (int i = 0; i < size; i++) {
            if (has(i, column)) {
                visitor.accept(keys[i], time(i, column));
            }
        }
    }

    /** The channels, as a read-only view. */
    Set<ChannelId> channels() {
        return channels(0);
    }

    /** The channels with a time in {@code column}, as a read-only view. */
    Set<ChannelId> channels(int column) {
        return new AbstractSet<>() {
            @Override
            public boolean contains(Object o) {
                if (!(o instanceof ChannelId c)) {
                    return false;
                }
                int i = find(c);
                return i >= 0 && has(i, column);
            }

            @Override
            public int size() {
                return count(column);
            }

            @Override
            public Iterator<ChannelId> iterator() {
                return new Iterator<>() {
                    private int next = skip(0);

                    private int skip(int from) {
                        int i = from;
                        while (i < size && !has(i, column)) {
                            i++;
                        }
                        return i;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public ChannelId next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        ChannelId c = keys[next];
                        next = skip(next + 1);
                        return c;
                    }
                };
            }
        };
    }

    private int count(int column) {
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (has(i, column)) {
                n++;
            }
        }
        return n;
    }

    private boolean has(int i, int column) {
        return times[wide ? (i * columns + column) * 2 : i * columns + column] != ABSENT;
    }

    private void clear(int i, int column) {
        times[wide ? (i * columns + column) * 2 : i * columns + column] = ABSENT;
    }

    private Instant time(int i, int column) {
        if (wide) {
            int p = (i * columns + column) * 2;
            return times[p] == ABSENT ? null : Instant.ofEpochSecond(times[p], times[p + 1]);
        }
        long packed = times[i * columns + column];
        if (packed == ABSENT) {
            return null;
        }
        return Instant.ofEpochSecond((packed >> NANO_BITS) + BASE_SECONDS, packed & ((1L << NANO_BITS) - 1));
    }

    private boolean before(int i, int column, Instant horizon) {
        if (wide) {
            int p = (i * columns + column) * 2;
            return times[p] < horizon.getEpochSecond()
                    || times[p] == horizon.getEpochSecond() && times[p + 1] < horizon.getNano();
        }
        return time(i, column).isBefore(horizon);
    }

    private static boolean packable(Instant at) {
        long d = at.getEpochSecond() - BASE_SECONDS;
        return d > -LIMIT && d < LIMIT;
    }

    private static long pack(Instant at) {
        return (at.getEpochSecond() - BASE_SECONDS) << NANO_BITS | at.getNano();
    }

    /** The place of {@code channel}, added without times if it was not there; {@code at} is the time about to be set. */
    private int findOrAdd(ChannelId channel, Instant at) {
        if (!wide && !packable(at)) {
            widen();
        }
        int i = find(channel);
        if (i >= 0) {
            return i;
        }
        if (size == keys.length) {
            resize(size < 4 ? Math.max(1, size * 2) : size + (size >> 1));
        }
        i = size++;
        keys[i] = channel;
        for (int c = 0; c < columns; c++) {
            clear(i, c);
        }
        if (index != null && size * 3 + 3 <= index.length * 2) {
            insert(i);
        } else if (size > SCAN) {
            reindex();
        }
        return i;
    }

    /** From now on, second and nanosecond apart: a time outside what one {@code long} holds with its nanosecond. */
    private void widen() {
        long[] w = new long[keys.length * columns * 2];
        for (int i = 0; i < size; i++) {
            for (int c = 0; c < columns; c++) {
                Instant t = time(i, c);
                int p = (i * columns + c) * 2;
                w[p] = t == null ? ABSENT : t.getEpochSecond();
                w[p + 1] = t == null ? 0 : t.getNano();
            }
        }
        times = w;
        wide = true;
    }

    private int find(ChannelId channel) {
        if (index == null) {
            for (int i = 0; i < size; i++) {
                if (keys[i] == channel) {
                    return i;
                }
            }
            // Channels come interned from the engine: compared by identity first, by value only on a miss.
            for (int i = 0; i < size; i++) {
                if (keys[i].equals(channel)) {
                    return i;
                }
            }
            return -1;
        }
        int mask = index.length - 1;
        for (int i = mix(channel.hashCode()) & mask; index[i] != 0; i = (i + 1) & mask) {
            ChannelId k = keys[index[i] - 1];
            if (k == channel || k.equals(channel)) {
                return index[i] - 1;
            }
        }
        return -1;
    }

    private void resize(int capacity) {
        keys = Arrays.copyOf(keys, capacity);
        times = Arrays.copyOf(times, capacity * columns * (wide ? 2 : 1));
    }

    private void reindex() {
        int capacity = 16;
        while (capacity * 2 < size * 3 + 3) {
            capacity <<= 1;
        }
        index = new int[capacity];
        for (int i = 0; i < size; i++) {
            insert(i);
        }
    }

    private void insert(int row) {
        int mask = index.length - 1;
        int i = mix(keys[row].hashCode()) & mask;
        while (index[i] != 0) {
            i = (i + 1) & mask;
        }
        index[i] = row + 1;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    @Override
    public String toString() {
        return "ChannelTimes" + Arrays.toString(Arrays.copyOf(keys, size));
    }
}
