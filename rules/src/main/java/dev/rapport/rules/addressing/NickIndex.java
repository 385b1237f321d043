package dev.rapport.rules.addressing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Nicks seen recently, each with a value (the person behind it), bounded: the nicks least recently seen are
 * forgotten first, so a long log does not grow it without end. Not thread-safe: one per channel.
 */
final class NickIndex<V> {

    record Entry<V>(String nick, V value) {
    }

    private final Map<String, String> byLoose = new HashMap<>();
    private final LinkedHashMap<String, Entry<V>> byExact;

    NickIndex(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.byExact = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry<V>> eldest) {
                if (size() <= capacity) {
                    return false;
                }
                String loose = Nicks.loose(eldest.getKey());
                if (eldest.getKey().equals(byLoose.get(loose))) {
                    byLoose.remove(loose);
                }
                return true;
            }
        };
    }

    /** Records that {@code nick} is in use, by {@code value}; the latest nick wins its loose spelling. */
    void put(String nick, V value) {
        String exact = Nicks.exact(nick);
        byExact.put(exact, new Entry<>(nick, value));
        byLoose.put(Nicks.loose(nick), exact);
    }

    Optional<Entry<V>> resolve(String word) {
        if (word.isEmpty()) {
            return Optional.empty();
        }
        Entry<V> hit = byExact.get(Nicks.exact(word));
        if (hit != null) {
            return Optional.of(hit);
        }
        String exact = byLoose.get(Nicks.loose(word));
        return exact == null ? Optional.empty() : Optional.ofNullable(byExact.get(exact));
    }
}
