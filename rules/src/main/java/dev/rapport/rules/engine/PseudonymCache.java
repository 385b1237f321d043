package dev.rapport.rules.engine;

import dev.rapport.rules.model.UserId;

import java.util.LinkedHashMap;
import java.util.Map;

/** Remembers recent pseudonyms: an HMAC per interaction would cost more than everything else the engine does. */
final class PseudonymCache {
    private static final int CAPACITY = 50_000;
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
