package dev.rapport.bot.importer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that keeps at most {@code capacity} entries, forgetting the least recently used one first.
 * Importers use it to remember recent facts (who wrote message X) without growing with the input.
 */
public final class BoundedLruMap<K, V> {
    private final int capacity;
    private final LinkedHashMap<K, V> entries;

    public BoundedLruMap(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > BoundedLruMap.this.capacity;
            }
        };
    }

    /** Remembers {@code value} for {@code key}; returns the value it replaces, or {@code null}. */
    public V put(K key, V value) {
        return entries.put(key, value);
    }

    /** The remembered value, or {@code null} when unknown or forgotten. */
    public V get(K key) {
        return entries.get(key);
    }

    public int size() {
        return entries.size();
    }

    public int capacity() {
        return capacity;
    }

    /** An immutable copy of what is remembered now. */
    public java.util.Map<K, V> snapshot() {
        return java.util.Map.copyOf(entries);
    }
}
