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
 * The latest time of something per channel (where a person last spoke, last gave), in flat arrays with open
 * addressing: the channel, then the time as epoch second and nanosecond. A person speaks in a few to a few dozen
 * channels; a map entry with its {@code Instant} cost 56 bytes a channel, here it is 16, and nothing while empty.
 */
final class ChannelTimes {
    private static final ChannelId[] NO_KEYS = {};
    private static final long[] NO_SECONDS = {};
    private static final int[] NO_NANOS = {};
    private ChannelId[] keys = NO_KEYS;
    private long[] seconds = NO_SECONDS;
    private int[] nanos = NO_NANOS;
    private int size;

    int size() {
        return size;
    }

    /** The time kept for {@code channel}, or null. */
    Instant get(ChannelId channel) {
        int i = find(channel);
        return i < 0 ? null : Instant.ofEpochSecond(seconds[i], nanos[i]);
    }

    /** Keeps {@code at} for {@code channel} when it is later than what is kept (or nothing is). */
    void latest(ChannelId channel, Instant at) {
        int i = find(channel);
        if (i >= 0) {
            if (Long.compare(at.getEpochSecond(), seconds[i]) > 0
                    || at.getEpochSecond() == seconds[i] && at.getNano() > nanos[i]) {
                seconds[i] = at.getEpochSecond();
                nanos[i] = at.getNano();
            }
            return;
        }
        if ((size + 1) * 4 > keys.length * 3) {
            resize(keys.length == 0 ? 2 : keys.length * 2);
        }
        insert(channel, at.getEpochSecond(), at.getNano());
        size++;
    }

    /** Sets the time of {@code channel}, whatever was kept (a stored state taken back). */
    void put(ChannelId channel, Instant at) {
        int i = find(channel);
        if (i >= 0) {
            seconds[i] = at.getEpochSecond();
            nanos[i] = at.getNano();
            return;
        }
        latest(channel, at);
    }

    /** Forgets every channel whose time is before {@code horizon}. */
    void forgetBefore(Instant horizon) {
        int live = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null && !before(i, horizon)) {
                live++;
            }
        }
        if (live == size) {
            return;
        }
        ChannelId[] oldKeys = keys;
        long[] oldSeconds = seconds;
        int[] oldNanos = nanos;
        int capacity = 2;
        while (live * 4 > capacity * 3) {
            capacity *= 2;
        }
        keys = NO_KEYS;
        seconds = NO_SECONDS;
        nanos = NO_NANOS;
        size = 0;
        if (live == 0) {
            return;
        }
        allocate(capacity);
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == null) {
                continue;
            }
            if (oldSeconds[j] < horizon.getEpochSecond()
                    || oldSeconds[j] == horizon.getEpochSecond() && oldNanos[j] < horizon.getNano()) {
                continue;
            }
            insert(oldKeys[j], oldSeconds[j], oldNanos[j]);
            size++;
        }
    }

    void forEach(BiConsumer<ChannelId, Instant> visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                visitor.accept(keys[i], Instant.ofEpochSecond(seconds[i], nanos[i]));
            }
        }
    }

    /** The channels, as a read-only view. */
    Set<ChannelId> channels() {
        return new AbstractSet<>() {
            @Override
            public boolean contains(Object o) {
                return o instanceof ChannelId c && find(c) >= 0;
            }

            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<ChannelId> iterator() {
                ChannelId[] k = keys;
                return new Iterator<>() {
                    private int next = skip(0);

                    private int skip(int from) {
                        int i = from;
                        while (i < k.length && k[i] == null) {
                            i++;
                        }
                        return i;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < k.length;
                    }

                    @Override
                    public ChannelId next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        ChannelId c = k[next];
                        next = skip(next + 1);
                        return c;
                    }
                };
            }
        };
    }

    private boolean before(int i, Instant horizon) {
        return seconds[i] < horizon.getEpochSecond()
                || seconds[i] == horizon.getEpochSecond() && nanos[i] < horizon.getNano();
    }

    private int find(ChannelId channel) {
        if (size == 0) {
            return -1;
        }
        int mask = keys.length - 1;
        for (int i = mix(channel.hashCode()) & mask; keys[i] != null; i = (i + 1) & mask) {
            if (keys[i] == channel || keys[i].equals(channel)) {
                return i;
            }
        }
        return -1;
    }

    private void insert(ChannelId channel, long second, int nano) {
        int mask = keys.length - 1;
        int i = mix(channel.hashCode()) & mask;
        while (keys[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = channel;
        seconds[i] = second;
        nanos[i] = nano;
    }

    private void resize(int capacity) {
        ChannelId[] oldKeys = keys;
        long[] oldSeconds = seconds;
        int[] oldNanos = nanos;
        allocate(capacity);
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                insert(oldKeys[j], oldSeconds[j], oldNanos[j]);
            }
        }
    }

    private void allocate(int capacity) {
        keys = new ChannelId[capacity];
        seconds = new long[capacity];
        nanos = new int[capacity];
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    @Override
    public String toString() {
        return "ChannelTimes" + Arrays.toString(keys);
    }
}
