package dev.rapport.rules.engine;

import dev.rapport.rules.model.UserId;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers recent pseudonyms: an HMAC per interaction would cost more than everything else the engine does. Sized
 * for the largest communities (100,000 people and more), so that a person's pseudonym is one string shared by
 * every structure that names them, not a copy per structure.
 */
final class PseudonymCache {
    private static final int CAPACITY = 250_000;
    private final Pseudonyms pseudonyms;
    private final Map<UserId, String> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UserId, String> eldest) {
            return size() > CAPACITY;
        }
    };

    PseudonymCache(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    String of(UserId user) {
        String p = recent.get(user);
        if (p == null) {
            p = pseudonyms.of(user);
            recent.put(user, p);
        }
        return p;
    }
}
