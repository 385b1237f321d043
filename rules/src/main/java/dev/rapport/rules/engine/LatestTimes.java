package dev.rapport.rules.engine;

import java.time.Instant;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The latest time of each of a few keys, the oldest key let go when one more is noted: what a person's state keeps of
 * things that matter for a few days and come a few at a time (buyers whose request for an offer they answered, their
 * own posts under which a reminder was asked); the holder makes it with the first key noted.
 * Not thread-safe; keys are compared by {@code equals} and never null.
 */
final class LatestTimes<K> {
    private final Object[] keys;
    private final Instant[] times;
    private int next;

    LatestTimes(int capacity) {
        keys = new Object[capacity];
        times = new Instant[capacity];
    }

    /** {@code key} happened at {@code at}: its time if already kept, else the slot of the oldest key noted. */
    void note(K key, Instant at) {
        int i = indexOf(key);
        if (i >= 0) {
            times[i] = at;
            return;
        }
        keys[next] = key;
        times[next] = at;
        next = (next + 1) % keys.length;
    }

    /** When {@code key} last happened, if it is still kept. */
    Optional<Instant> of(K key) {
        int i = indexOf(key);
        return i < 0 ? Optional.empty() : Optional.of(times[i]);
    }

    /**
     * Every key kept with its time, in the order the next ones would be let go (the slot to be reused first, first):
     * noting them again in this order into an empty one gives the same table (how a snapshot is taken back).
     */
    @SuppressWarnings("unchecked")
    void forEachInOrder(BiConsumer<K, Instant> visitor) {
        for (int k = 0; k < keys.length; k++) {
            int i = (next + k) % keys.length;
            if (keys[i] != null) {
                visitor.accept((K) keys[i], times[i]);
            }
        }
    }

    private int indexOf(K key) {
        for (int i = 0; i < keys.length; i++) {
            if (key.equals(keys[i])) {
                return i;
            }
        }
        return -1;
    }
}
