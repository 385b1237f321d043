package dev.rapport.bot.storage.jdbc;

import dev.rapport.rules.engine.UserSnapshot;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Taking one counterpart's pseudonym out of a snapshot, for "forget me". {@link UserSnapshot#withoutCounterpart}
 * does the tallies, contacts, waiting questions and evidence; the rules' repeat guards ({@code fired}) are keyed
 * by subject, and some subjects name counterparts (a pitch to one person, an ask to several), so those keys go too.
 * Dropping a guard only lets a rule speak again sooner; it never invents state.
 */
final class SnapshotScrub {
    private SnapshotScrub() {
    }

    static boolean mentions(UserSnapshot snapshot, String pseudonym) {
        return snapshot.mentions(pseudonym) || snapshot.fired().keySet().stream().anyMatch(k -> k.contains(pseudonym));
    }

    static UserSnapshot without(UserSnapshot snapshot, String pseudonym) {
        UserSnapshot s = snapshot.withoutCounterpart(pseudonym);
        Map<String, Instant> fired = new HashMap<>(s.fired());
        fired.keySet().removeIf(k -> k.contains(pseudonym));
        return new UserSnapshot(s.version(), s.user(), s.zone(), s.openWeek(), s.community(), s.weeks(), s.links(),
                s.promotions(), s.lastSpoke(), s.contacts(), s.lastGaveIn(), s.waiting(), fired);
    }
}
