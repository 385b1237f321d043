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

    /** Every message remembered, in the order they were seen, and then those taken back and not asked about yet. */
    void forEach(java.util.function.BiConsumer<MessageId, Seen> live, java.util.function.Consumer<Kept> restored) {
        seen.forEach(live);
        if (kept != null) {
            kept.values().forEach(restored);
        }
    }

    /** Lets go of the messages taken back that are older than the memory as of {@code now}. */
    void expireKept(Instant now) {
        if (kept != null) {
            long horizon = now.getEpochSecond() - MEMORY.getSeconds();
            kept.values().removeIf(k -> k.message().at().getEpochSecond() < horizon);
            if (kept.isEmpty()) {
                kept = null;
            }
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
        if (kept != null) {
            kept.replaceAll((id, k) -> {
                CommunitySnapshot.Message m = restored.apply(k.message());
                return m == null ? null : new Kept(k.community(), m);
            });
            kept.values().removeIf(java.util.Objects::isNull);
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

    /** The message {@code id} if it was seen lately; null otherwise. */
    Seen get(MessageId id) {
        Seen s = seen.get(id);
        if (s != null || kept == null) {
            return s;
        }
        Kept k = kept.remove(id);
        if (k == null) {
            return null;
        }
        if (kept.isEmpty()) {
            kept = null;
        }
        s = resolver.apply(k);
        seen.put(id, s);
        return s;
    }

    /** Remembers {@code message} as {@code id} at the engine's time {@code now}, forgetting the eldest if due. */
    void put(MessageId id, Seen message, Instant now) {
        this.now = now.getEpochSecond();
        changes++;
        seen.put(id, message);
    }

    /** Forgets the message {@code id} (it was deleted); what was remembered of it, or null. */
    Seen remove(MessageId id) {
        Seen s = get(id);
        if (s != null) {
            changes++;
            seen.remove(id);
        }
        return s;
    }
}
