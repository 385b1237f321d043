package dev.rapport.rules.engine;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;

/**
 * A hash map for the handful of entries a person's state keeps per kind (channels spoken in, links posted this
 * week, repeat guards): keys and values side by side in one array with open addressing (linear probing), no entry
 * objects, and no array at all while empty. A {@code HashMap} costs 48 bytes empty, 80 more for its first table
 * and 32 per entry; a person holds several such maps, most with one to three entries. Iteration order is the
 * table's, like {@code HashMap}'s: callers never depend on it. Not thread-safe; keys and values are never null.
 */
final class SmallMap<K, V> {
    private static final Object[] EMPTY = new Object[0];
    /** Key at {@code 2i}, value at {@code 2i + 1}; the length is twice a power of two. */
    private Object[] table = EMPTY;
    private int size;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    boolean containsKey(Object key) {
        return index(key) >= 0;
    }

    @SuppressWarnings("unchecked")
    V get(Object key) {
        int i = index(key);
        return i < 0 ? null : (V) table[i + 1];
    }

    /** Sets the value of {@code key}; returns the previous one, or null. */
    @SuppressWarnings("unchecked")
    V put(K key, V value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        int i = index(key);
        if (i >= 0) {
            V old = (V) table[i + 1];
            table[i + 1] = value;
            return old;
        }
        if ((size + 1) * 4 > slots() * 3) {
            grow();
        }
        insert(key, value);
        size++;
        return null;
    }

    /** Removes {@code key}; returns its value, or null. */
    @SuppressWarnings("unchecked")
    V remove(Object key) {
        int i = index(key);
        if (i < 0) {
            return null;
        }
        V old = (V) table[i + 1];
        deleteAt(i);
        return old;
    }

    void clear() {
        table = EMPTY;
        size = 0;
    }

    @SuppressWarnings("unchecked")
    void forEach(BiConsumer<? super K, ? super V> action) {
        Object[] t = table;
        for (int i = 0; i < t.length; i += 2) {
            if (t[i] != null) {
                action.accept((K) t[i], (V) t[i + 1]);
            }
        }
    }

    /** Removes every entry the predicate accepts; the predicate is asked once per entry. */
    @SuppressWarnings("unchecked")
    void removeIf(BiPredicate<? super K, ? super V> drop) {
        if (size == 0) {
            return;
        }
        Object[] old = table;
        Object[] kept = new Object[2 * size];
        int n = 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != null && !drop.test((K) old[i], (V) old[i + 1])) {
                kept[n++] = old[i];
                kept[n++] = old[i + 1];
            }
        }
        if (n == 2 * size) {
            return;
        }
        // Rebuilt rather than deleted in place: a deletion shifts entries, which would upset the scan.
        size = n / 2;
        table = size == 0 ? EMPTY : new Object[2 * capacityFor(size)];
        for (int i = 0; i < n; i += 2) {
            insert(kept[i], kept[i + 1]);
        }
    }

    /** The keys, as a read-only view. */
    Set<K> keySet() {
        return new AbstractSet<>() {
            @Override
            public boolean contains(Object o) {
                return o != null && containsKey(o);
            }

            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<K> iterator() {
                Object[] t = table;
                return new Iterator<>() {
                    private int next = advance(0);

                    private int advance(int from) {
                        int i = from;
                        while (i < t.length && t[i] == null) {
                            i += 2;
                        }
                        return i;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < t.length;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public K next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        K k = (K) t[next];
                        next = advance(next + 2);
                        return k;
                    }
                };
            }
        };
    }

    private int slots() {
        return table.length >> 1;
    }

    /** The array index of {@code key}'s slot, or -1. */
    private int index(Object key) {
        Object[] t = table;
        if (size == 0) {
            return -1;
        }
        int mask = (t.length >> 1) - 1;
        for (int s = mix(key.hashCode()) & mask; ; s = (s + 1) & mask) {
            Object k = t[2 * s];
            if (k == null) {
                return -1;
            }
            if (k == key || k.equals(key)) {
                return 2 * s;
            }
        }
    }

    private void insert(Object key, Object value) {
        int mask = slots() - 1;
        int s = mix(key.hashCode()) & mask;
        while (table[2 * s] != null) {
            s = (s + 1) & mask;
        }
        table[2 * s] = key;
        table[2 * s + 1] = value;
    }

    /** Linear probing's deletion: later entries of the same run move back, so that no lookup stops short. */
    private void deleteAt(int index) {
        size--;
        if (size == 0) {
            table = EMPTY;
            return;
        }
        Object[] t = table;
        int mask = slots() - 1;
        int hole = index >> 1;
        for (int s = (hole + 1) & mask; t[2 * s] != null; s = (s + 1) & mask) {
            int home = mix(t[2 * s].hashCode()) & mask;
            // The entry at s may fill the hole when its home is not within (hole, s] cyclically.
            boolean between = hole <= s ? hole < home && home <= s : hole < home || home <= s;
            if (!between) {
                t[2 * hole] = t[2 * s];
                t[2 * hole + 1] = t[2 * s + 1];
                hole = s;
            }
        }
        t[2 * hole] = null;
        t[2 * hole + 1] = null;
    }

    private void grow() {
        Object[] old = table;
        table = new Object[old.length == 0 ? 4 : old.length * 2];
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != null) {
                insert(old[i], old[i + 1]);
            }
        }
    }

    private static int capacityFor(int entries) {
        int capacity = 2;
        while (entries * 4 > capacity * 3) {
            capacity *= 2;
        }
        return capacity;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }
}
