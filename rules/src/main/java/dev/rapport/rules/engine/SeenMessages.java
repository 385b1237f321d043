package dev.rapport.rules.engine;

import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The messages the engine saw lately, by id, without their text: to count a message replayed by a gateway RESUME or
 * a second export once, to recognise edits and deletions, and to know what a reply replies to. Not thread-safe: the
 * engine's, like its other state.
 */
final class SeenMessages {
    /**
     * Message ids are remembered for a week, and at most this many: enough for any overlap, and bounded on the
     * busiest server.
     */
    private static final int KEPT = 100_000;
    private static final Duration MEMORY = Duration.ofDays(7);

    /**
     * What is remembered of one message.
     *
     * @param at           when it was written, in epoch seconds
     * @param pitched      whether it pushed something at the people it spoke to, unasked
     * @param underOwnPost whether it replies to a post its first enrolled addressee made to the room (their question,
     *                     news or work shown), not to help they gave
     * @param words        for a coached person's own message, its words' hashes ({@code text/EchoQuestion}), so that a
     *                     reply that only echoes them back is known; null otherwise (not kept over a restart)
     */
    record Seen(UserId author, CommunityId community, int textHash, List<UserId> enrolledAddressees, long at,
                boolean pitched, boolean underOwnPost, boolean keyedText, int[] words) {
        /** A message seen by this engine: {@code textHash} is its text's own hash. */
        Seen(UserId author, CommunityId community, int textHash, List<UserId> enrolledAddressees, long at,
             boolean pitched, boolean underOwnPost) {
            this(author, community, textHash, enrolledAddressees, at, pitched, underOwnPost, false, null);
        }

        /** A message without its words' hashes: taken back after a restart, or by someone not coached. */
        Seen(UserId author, CommunityId community, int textHash, List<UserId> enrolledAddressees, long at,
             boolean pitched, boolean underOwnPost, boolean keyedText) {
            this(author, community, textHash, enrolledAddressees, at, pitched, underOwnPost, keyedText, null);
        }
    }

    /**
     * Messages taken back from the communities' snapshots after a restart and not asked about since, as kept
     * (everyone by pseudonym); null when there are none. Each is made a {@link Seen} by {@link #resolver} the first
     * time it is asked about: the people it names are known by id only once they are seen again.
     */
    private Map<MessageId, Kept> kept;
    private java.util.function.Function<Kept, Seen> resolver;

    /** A message taken back from a community's snapshot. */
    record Kept(CommunityId community, CommunitySnapshot.Message message) {
    }

    /** Keeps {@code message} of {@code community} until it is asked about ({@link #get}) or forgotten. */
    void restore(CommunityId community, CommunitySnapshot.Message message,
                 java.util.function.Function<Kept, Seen> resolve) {
        if (seen.containsKey(message.id())) {
            return;
        }
        if (kept == null) {
            kept = new java.util.LinkedHashMap<>();
        }
        this.resolver = resolve;
        changes++;
        kept.put(message.id(), new Kept(community, message));
    }

    /**
     * Every message remembered, in the order they were seen, and then those taken back (as made whole once asked
     * about, else as kept).
     */
    void forEach(java.util.function.BiConsumer<MessageId, Seen> live, java.util.function.Consumer<Kept> restored) {
        seen.forEach(live);
        if (kept != null) {
            kept.forEach((id, k) -> {
                Seen whole = resolved == null ? null : resolved.get(id);
                if (whole != null) {
                    live.accept(id, whole);
                } else {
                    restored.accept(k);
                }
            });
        }
    }

    /** Lets go of the messages taken back that are older than the memory as of {@code now}. */
    void expireKept(Instant now) {
        if (kept != null) {
            long horizon = now.getEpochSecond() - MEMORY.getSeconds();
            forgetKeptBefore(horizon, false);
        }
    }

    /**
     * Lets go of the messages taken back written before {@code horizon} (epoch seconds): all of them, or only the
     * eldest ones, up to the first that is not ({@code eldestOnly}, as {@link #seen} lets its eldest go).
     */
    private void forgetKeptBefore(long horizon, boolean eldestOnly) {
        java.util.Iterator<Map.Entry<MessageId, Kept>> it = kept.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<MessageId, Kept> e = it.next();
            if (e.getValue().message().at().getEpochSecond() < horizon) {
                it.remove();
                if (resolved != null) {
                    resolved.remove(e.getKey());
                }
            } else if (eldestOnly) {
                break;
            }
        }
        if (kept.isEmpty()) {
            kept = null;
            resolved = null;
        }
    }

    /** Changes with every message remembered or forgotten: keys what is worked out from all of them. */
    long changes() {
        return changes;
    }

    private long changes;

    /**
     * Replaces each remembered message by what {@code live} makes of it (null: forgotten), and each one taken back
     * by what {@code restored} makes of it (someone forgotten).
     */
    void rewrite(java.util.function.Function<Seen, Seen> live,
                 java.util.function.UnaryOperator<CommunitySnapshot.Message> restored) {
        changes++;
        seen.replaceAll((id, s) -> live.apply(s));
        seen.values().removeIf(java.util.Objects::isNull);
        if (resolved != null) {
            // Those taken back and made whole are rewritten as the live ones are; one made nothing is forgotten.
            for (MessageId id : List.copyOf(resolved.keySet())) {
                Seen s = live.apply(resolved.get(id));
                if (s == null) {
                    resolved.remove(id);
                    kept.remove(id);
                } else {
                    resolved.put(id, s);
                }
            }
        }
        if (kept != null) {
            kept.replaceAll((id, k) -> {
                CommunitySnapshot.Message m = restored.apply(k.message());
                return m == null ? null : new Kept(k.community(), m);
            });
            kept.values().removeIf(java.util.Objects::isNull);
            if (resolved != null) {
                resolved.keySet().retainAll(kept.keySet());
            }
            if (kept.isEmpty()) {
                kept = null;
                resolved = null;
            }
        }
    }

    /** The engine's time at the latest {@link #put}, in epoch seconds: what is older than the memory goes then. */
    private long now;
    private final LinkedHashMap<MessageId, Seen> seen = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<MessageId, Seen> eldest) {
            return size() > KEPT || eldest.getValue().at() < now - MEMORY.getSeconds();
        }
    };

    /**
     * The messages taken back and asked about since, made whole, by id: they stay among those taken back, in the order
     * they were seen, and go when the week they are remembered for ends, as they would have gone from {@link #seen}
     * without the restart (moved there, they would be its newest and outlive that week by as long again). Null when
     * there are none.
     */
    private Map<MessageId, Seen> resolved;

    /** The message {@code id} if it was seen lately; null otherwise. */
    Seen get(MessageId id) {
        Seen s = seen.get(id);
        if (s != null || kept == null) {
            return s;
        }
        if (resolved != null) {
            s = resolved.get(id);
            if (s != null) {
                return s;
            }
        }
        Kept k = kept.get(id);
        if (k == null) {
            return null;
        }
        s = resolver.apply(k);
        if (resolved == null) {
            resolved = new java.util.HashMap<>();
        }
        resolved.put(id, s);
        return s;
    }

    /** The message {@code id} as taken back from a community's snapshot, if it was and is still kept; else null. */
    CommunitySnapshot.Message kept(MessageId id) {
        Kept k = kept == null ? null : kept.get(id);
        return k == null ? null : k.message();
    }

    /** Remembers {@code message} as {@code id} at the engine's time {@code now}, forgetting the eldest if due. */
    void put(MessageId id, Seen message, Instant now) {
        this.now = now.getEpochSecond();
        changes++;
        seen.put(id, message);
        if (kept != null) {
            // Those taken back are older than any message seen since: they go first, as the eldest did.
            forgetKeptBefore(this.now - MEMORY.getSeconds(), true);
        }
    }

    /** Forgets the message {@code id} (it was deleted); what was remembered of it, or null. */
    Seen remove(MessageId id) {
        Seen s = get(id);
        if (s != null) {
            changes++;
            if (seen.remove(id) == null && kept != null) {
                kept.remove(id);
                resolved.remove(id);
                if (kept.isEmpty()) {
                    kept = null;
                    resolved = null;
                }
            }
        }
        return s;
    }
}
