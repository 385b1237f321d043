package dev.rapport.rules.engine;

import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.PseudonymCode;

/**
 * Remembers pseudonyms as numbers ({@link PseudonymCode}): an HMAC per interaction would cost more than everything
 * else the engine does. Sized for the largest communities (100,000 people and more); one id and one {@code long} per
 * person in flat arrays, where a linked map entry and the pseudonym's string cost over a hundred bytes. When more
 * people than {@link #CAPACITY} were met it starts afresh: a pseudonym is the same whenever it is worked out.
 */
final class PseudonymCache {
    private static final int CAPACITY = 250_000;
    private final Pseudonyms pseudonyms;
    /** The engine's one instance of each id: the cache keeps that, not the copy a message or a rule passed. */
    private final Ids ids;
    private UserId[] keys = new UserId[256];
    private long[] codes = new long[256];
    private int size;

    PseudonymCache(Pseudonyms pseudonyms, Ids ids) {
        this.pseudonyms = pseudonyms;
        this.ids = ids;
    }

    /**
     * Stand-ins for people taken back from a community's snapshot, whose ids are not known ({@link
     * CommunityState#adopt}), with the pseudonym numbers they stand for; null while there are none. Kept apart from
     * the table, which starts afresh when full: a stand-in's pseudonym cannot be worked out again.
     */
    private java.util.HashMap<UserId, Long> standIns;

    /** {@code standIn} stands for the person of pseudonym number {@code code}: its pseudonym is theirs. */
    void standIn(UserId standIn, long code) {
        if (standIns == null) {
            standIns = new java.util.HashMap<>();
        }
        standIns.put(standIn, code);
    }

    /** Stand-in ids start so (here and in {@link StandIns}): no platform's id has a space. */
    static final String STAND_IN = "pseudonym ";

    /**
     * The person of {@code pseudonym} as the engine can name them after a restart: their id if it is known here by
     * its pseudonym number (a coached person restored, anyone seen since), else a stand-in whose pseudonym is theirs;
     * null for text that is not a pseudonym.
     */
    UserId person(String pseudonym) {
        long code = PseudonymCode.of(pseudonym);
        if (code < 0) {
            return null;
        }
        UserId known = known(code);
        if (known != null) {
            return known;
        }
        UserId u = UserId.of(STAND_IN + pseudonym);
        standIn(u, code);
        return u;
    }

    /** The person of {@code pseudonym} if they are known here by its pseudonym number; null otherwise (no stand-in made). */
    UserId knownPerson(String pseudonym) {
        long code = PseudonymCode.of(pseudonym);
        return code < 0 ? null : known(code);
    }

    /** {@code user} itself, or for a stand-in the id of the person it stands for once known here; may be a stand-in. */
    UserId real(UserId user) {
        if (!isStandIn(user)) {
            return user;
        }
        UserId known = known(code(user));
        return known == null ? user : known;
    }

    static boolean isStandIn(UserId user) {
        return user.value().startsWith(STAND_IN);
    }

    /** Whether {@code a} and {@code b} are the same person, either of them perhaps a stand-in for them. */
    boolean same(UserId a, UserId b) {
        return a.equals(b) || (isStandIn(a) || isStandIn(b)) && code(a) == code(b);
    }

    /**
     * The ids of the table (not stand-ins) by pseudonym number: each slot holds one more than the index of an id in
     * {@link #keys}, 0 when empty; open addressing on the number. Null until a pseudonym is first turned back into an
     * id ({@link #known}: only what a restart takes back, and stand-ins met since, ask), so an engine that never
     * restored anything keeps no byte of it; after that it costs an {@code int} per slot of the table and is kept up
     * as ids come. Dropped when the table is laid out again (grown or started afresh) and made again when next asked.
     * Why not a walk over the table: every pseudonym a restart takes back (the recent messages' people, the team's
     * questions, direct conversations) walked the whole table, so a restart of a community of 100,000 people cost
     * time in the square of its size.
     */
    private int[] byCode;

    /** The id (not a stand-in) whose pseudonym number is {@code code}, among those met; null if none. */
    private UserId known(long code) {
        if (byCode == null) {
            byCode = new int[keys.length];
            for (int j = 0; j < keys.length; j++) {
                if (keys[j] != null) {
                    index(j);
                }
            }
        }
        int mask = byCode.length - 1;
        for (int i = slot(code, mask); byCode[i] != 0; i = (i + 1) & mask) {
            int k = byCode[i] - 1;
            if (codes[k] == code) {
                return keys[k];
            }
        }
        return null;
    }

    /**
     * Puts the id at {@code keys[k]} in {@link #byCode}, unless it is a stand-in or another id already has its number
     * (two people's pseudonyms alike: the first met answers for the number, as any one of them would).
     */
    private void index(int k) {
        if (isStandIn(keys[k])) {
            return;
        }
        int mask = byCode.length - 1;
        int i = slot(codes[k], mask);
        for (; byCode[i] != 0; i = (i + 1) & mask) {
            if (codes[byCode[i] - 1] == codes[k]) {
                return;
            }
        }
        byCode[i] = k + 1;
    }

    /** The pseudonym of {@code user}, written out (for evidence and snapshots). */
    String of(UserId user) {
        return PseudonymCode.text(code(user));
    }

    /** The pseudonym number of {@code user}: what the state keeps. */
    long code(UserId user) {
        int mask = keys.length - 1;
        int i = slot(user, mask);
        for (; keys[i] != null; i = (i + 1) & mask) {
            if (keys[i].equals(user)) {
                return codes[i];
            }
        }
        Long standing = standIns == null ? null : standIns.get(user);
        long code = standing != null ? standing : pseudonyms.code(user);
        user = ids.user(user);
        if (size >= CAPACITY) {
            keys = new UserId[256];
            codes = new long[256];
            size = 0;
            byCode = null;
        } else if ((size + 1) * 2 > keys.length) {
            grow();
        } else {
            keys[i] = user;
            codes[i] = code;
            size++;
            if (byCode != null) {
                index(i);
            }
            return code;
        }
        put(user, code);
        return code;
    }

    /**
     * Lets go of the numbers {@code gone} accepts (people forgotten): a forget releases the person's claim, and if they
     * come back they are claimed afresh, perhaps under another number (their old one stays nobody's). Kept here, the
     * old number would name them in memory while storage names them by the new one: two names for one person, and a
     * second forget would find only the new one. Returns how many ids and stand-ins were let go.
     */
    int forget(java.util.function.LongPredicate gone) {
        int left = 0;
        UserId[] oldKeys = keys;
        long[] oldCodes = codes;
        keys = new UserId[oldKeys.length];
        codes = new long[oldKeys.length];
        size = 0;
        byCode = null;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == null) {
                continue;
            }
            if (gone.test(oldCodes[j])) {
                left++;
            } else {
                put(oldKeys[j], oldCodes[j]);
            }
        }
        if (standIns != null) {
            int before = standIns.size();
            standIns.values().removeIf(gone::test);
            left += before - standIns.size();
        }
        return left;
    }

    private void put(UserId user, long code) {
        int mask = keys.length - 1;
        int i = slot(user, mask);
        while (keys[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = user;
        codes[i] = code;
        size++;
    }

    private void grow() {
        byCode = null;
        UserId[] oldKeys = keys;
        long[] oldCodes = codes;
        keys = new UserId[oldKeys.length * 2];
        codes = new long[oldKeys.length * 2];
        size = 0;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                put(oldKeys[j], oldCodes[j]);
            }
        }
    }

    private static int slot(long code, int mask) {
        long h = code * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private static int slot(UserId user, int mask) {
        int h = user.hashCode() * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}
