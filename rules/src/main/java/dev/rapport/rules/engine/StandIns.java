package dev.rapport.rules.engine;

import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.PseudonymCode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The people of one community taken back from a snapshot and not seen since, by pseudonym number: a snapshot names
 * everyone by pseudonym, and a pseudonym cannot be turned back into an id. Until someone is seen again, a stand-in id
 * holds their place everywhere (whose pseudonym is theirs, so evidence and counterpart tallies name them rightly), and
 * whatever names a stand-in is listed here, so that {@link CommunityState#adopt} can put their id in its place. Kept
 * apart from the community's state, which owns what is renamed: this only knows who waits and what names them.
 */
final class StandIns {

    /** The stand-ins by pseudonym number; null when nobody waits. */
    private HashMap<Long, UserId> byCode;
    /**
     * Per stand-in, what names them (a person whose help or promise went to them, an open question they passed over,
     * the open-question book for their requests that went by); null when nobody waits.
     */
    private HashMap<UserId, List<Object>> uses;

    /** Whether people taken back from a snapshot still wait to be seen under their ids. */
    boolean waiting() {
        return byCode != null;
    }

    /**
     * The stand-in id of the person of {@code pseudonym}, made once per restore ({@code made}); null for text that is
     * not a pseudonym of the engine's form (nothing of theirs can be matched to anyone).
     */
    UserId of(String pseudonym, Map<String, UserId> made, PseudonymCache pseudonyms) {
        UserId known = made.get(pseudonym);
        if (known != null) {
            return known;
        }
        long code = PseudonymCode.of(pseudonym);
        if (code < 0) {
            return null;
        }
        UserId u = UserId.of(PseudonymCache.STAND_IN + pseudonym);
        pseudonyms.standIn(u, code);
        if (byCode == null) {
            byCode = new HashMap<>();
            uses = new HashMap<>();
        }
        byCode.put(code, u);
        uses.put(u, new ArrayList<>(1));
        made.put(pseudonym, u);
        return u;
    }

    /** {@code use} names {@code who}: listed to be renamed, if {@code who} is a stand-in still waiting. */
    void usedBy(UserId who, Object use) {
        List<Object> list = uses == null ? null : uses.get(who);
        if (list != null) {
            list.add(use);
        }
    }

    /** As {@link #usedBy}, listed once however often it names them (it renames all of theirs at once). */
    void usedOnceBy(UserId who, Object use) {
        List<Object> list = uses == null ? null : uses.get(who);
        if (list != null && !list.contains(use)) {
            list.add(use);
        }
    }

    /** The stand-in for pseudonym number {@code code}, no longer waiting (its person was seen); null if none. */
    UserId take(long code) {
        if (byCode == null) {
            return null;
        }
        UserId standIn = byCode.remove(code);
        if (byCode.isEmpty()) {
            byCode = null;
        }
        return standIn;
    }

    /** What named {@code standIn} (just {@link #take taken}), to be renamed; null if nothing did. */
    List<Object> takeUses(UserId standIn) {
        List<Object> list = uses == null ? null : uses.remove(standIn);
        if (byCode == null) {
            // Nobody waits any more: nothing left to rename.
            uses = null;
        }
        return list;
    }

    /** Adds every stand-in still waiting to {@code all}. */
    void addTo(Collection<UserId> all) {
        if (byCode != null) {
            all.addAll(byCode.values());
        }
    }
}
