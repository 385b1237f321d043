package dev.rapport.bot.coach;

import dev.rapport.bot.storage.state.Presence;
import dev.rapport.bot.storage.state.PresenceStore;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.ChannelKind;
import dev.rapport.rules.model.ChatEvent;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where a direct message is filed, across restarts. The engine counts a DM in the community its two people last met in
 * (both wrote in its channels; the later of their last messages there, the latest such meeting wins, ties to the
 * smaller community id), from what it saw since it started: after a restart it would file a DM between people who
 * met before it under the DM's own id. This keeps, per community, when each person last wrote in its channels, saves
 * it by pseudonym ({@link PresenceStore}: no id, no text, no channel) with the coaching state, and files a DM under
 * the community that knowledge names before the engine sees it; the engine's own choice, made only when it saw both
 * people meet since the start, is always the later meeting and so the same.
 *
 * <p>Touched on the coach's engine thread only. Only the communities this process owns are kept (several processes:
 * those of its shards, as for the coaching state). Reactions in a DM follow its messages in the engine; one that
 * comes after a restart before any message of that DM counts under the DM's id, as before.
 */
final class DirectHomes {
    private static final int PARTICIPANTS_KEPT = 16;

    private final PresenceStore store;
    private final Pseudonyms pseudonyms;
    private final Predicate<CommunityId> owns;
    /** False: nothing is kept or saved, and the engine files every DM alone (coaches built without storage for it). */
    private final boolean keeps;
    /** What this process saw, in epoch milliseconds per person. */
    private final Map<CommunityId, Map<UserId, Long>> seen = new HashMap<>();
    /** What the process before it saw, by pseudonym: read at start, never written to. */
    private final Map<CommunityId, Map<String, Long>> restored = new HashMap<>();
    /** Who wrote in each direct conversation since the start: the other side of a DM that names nobody. */
    private final Map<ChannelId, Set<UserId>> participants = new HashMap<>();
    /** Seen, changed since the last successful save. */
    private final Set<Key> unsaved = new HashSet<>();

    private record Key(CommunityId community, UserId user) {
    }

    DirectHomes(PresenceStore store, Pseudonyms pseudonyms, Predicate<CommunityId> owns) {
        this(store, pseudonyms, owns, true);
    }

    private DirectHomes(PresenceStore store, Pseudonyms pseudonyms, Predicate<CommunityId> owns, boolean keeps) {
        this.store = store;
        this.pseudonyms = pseudonyms;
        this.owns = owns;
        this.keeps = keeps;
    }

    /** Keeps nothing: DMs are filed by the engine from what it saw since the start. */
    static DirectHomes notKept() {
        return new DirectHomes(null, null, c -> false, false);
    }

    /** Takes back what the process before saw; returns how many (community, person) rows it read. */
    int restore() {
        if (!keeps) {
            return 0;
        }
        int[] n = {0};
        store.forEach(p -> {
            if (owns.test(p.community())) {
                restored.computeIfAbsent(p.community(), k -> new HashMap<>()).merge(p.pseudonym(),
                        p.lastInChannels().toEpochMilli(), Math::max);
                n[0]++;
            }
        });
        return n[0];
    }

    /**
     * Notes a message written in a community's channels; files a direct message under the community its people last
     * met in when only what was saved before the start knows that meeting. Any other event passes unchanged.
     */
    ChatEvent file(ChatEvent event) {
        if (!keeps || !(event instanceof ChatMessage m)) {
            return event;
        }
        if (m.kind() != ChannelKind.DIRECT) {
            if (owns.test(m.community())) {
                seen.computeIfAbsent(m.community(), k -> new HashMap<>()).merge(m.author(), m.time().toEpochMilli(),
                        Math::max);
                unsaved.add(new Key(m.community(), m.author()));
            }
            return m;
        }
        Set<UserId> wrote = participants.computeIfAbsent(m.channel(), k -> new HashSet<>(4));
        if (wrote.size() < PARTICIPANTS_KEPT) {
            wrote.add(m.author());
        }
        if (restored.isEmpty()) {
            // Everything since the start is the engine's to know as well: it decides alone, as it always did.
            return m;
        }
        Set<UserId> others = new LinkedHashSet<>(wrote);
        others.addAll(m.addressees());
        others.remove(m.author());
        CommunityId home = lastMet(m.author(), others);
        if (home == null || home.equals(m.community())) {
            return m;
        }
        return new ChatMessage(m.id(), m.time(), home, m.channel(), m.parent(), m.kind(), m.author(), m.authorRoles(),
                m.replyTo(), m.replyToAuthor(), m.mentions(), m.links(), m.text(), m.channelInfo());
    }

    /** The community where {@code author} and one of {@code others} last met; null when they met nowhere known. */
    private CommunityId lastMet(UserId author, Set<UserId> others) {
        if (others.isEmpty()) {
            return null;
        }
        Map<UserId, String> names = new HashMap<>();
        Set<CommunityId> communities = new HashSet<>(seen.keySet());
        communities.addAll(restored.keySet());
        CommunityId best = null;
        long bestMet = Long.MIN_VALUE;
        for (CommunityId c : communities) {
            long mine = lastIn(c, author, names);
            if (mine == Long.MIN_VALUE) {
                continue;
            }
            for (UserId other : others) {
                long met = Math.min(mine, lastIn(c, other, names));
                if (met == Long.MIN_VALUE) {
                    continue;
                }
                if (met > bestMet || met == bestMet && c.compareTo(best) < 0) {
                    best = c;
                    bestMet = met;
                }
            }
        }
        return best;
    }

    /** When {@code user} last wrote in {@code c}'s channels, seen or restored; {@link Long#MIN_VALUE}: never known. */
    private long lastIn(CommunityId c, UserId user, Map<UserId, String> names) {
        long t = Long.MIN_VALUE;
        Map<UserId, Long> here = seen.get(c);
        if (here != null) {
            Long s = here.get(user);
            if (s != null) {
                t = s;
            }
        }
        Map<String, Long> before = restored.get(c);
        if (before != null) {
            Long r = before.get(names.computeIfAbsent(user, pseudonyms::of));
            if (r != null && r > t) {
                t = r;
            }
        }
        return t;
    }

    /** Rows to write and the keys they came from (put back if the write fails). */
    record Changes(List<Presence> rows, Set<Key> keys) {
        static final Changes NONE = new Changes(List.of(), Set.of());
    }

    /** What changed since the last save, taken out of the unsaved set (engine thread). */
    Changes takeChanges() {
        if (!keeps || unsaved.isEmpty()) {
            return Changes.NONE;
        }
        List<Presence> rows = new ArrayList<>(unsaved.size());
        for (Key k : unsaved) {
            Map<UserId, Long> here = seen.get(k.community());
            Long t = here == null ? null : here.get(k.user());
            if (t != null) {
                rows.add(new Presence(k.community(), pseudonyms.of(k.user()), Instant.ofEpochMilli(t)));
            }
        }
        Changes taken = new Changes(rows, Set.copyOf(unsaved));
        unsaved.clear();
        return taken;
    }

    /** Writes {@code changes} in one transaction; any thread. */
    void write(Changes changes) {
        if (!changes.rows().isEmpty()) {
            store.saveAll(changes.rows());
        }
    }

    /** A write of {@code changes} failed: they are written (as they are then) by the next save (engine thread). */
    void putBack(Changes changes) {
        unsaved.addAll(changes.keys());
    }

    /** Lets go of the person (forgotten): storage deleted their rows, and nothing here writes them back. */
    void forget(UserId user) {
        if (!keeps) {
            return;
        }
        for (Map<UserId, Long> here : seen.values()) {
            here.remove(user);
        }
        unsaved.removeIf(k -> k.user().equals(user));
        String pseudonym = pseudonyms.of(user);
        for (Map<String, Long> before : restored.values()) {
            before.remove(pseudonym);
        }
        for (Set<UserId> wrote : participants.values()) {
            wrote.remove(user);
        }
    }
}
