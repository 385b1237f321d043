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
     */
    record Seen(UserId author, CommunityId community, int textHash, List<UserId> enrolledAddressees, long at,
                boolean pitched, boolean underOwnPost) {
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
        return seen.get(id);
    }

    /** Remembers {@code message} as {@code id} at the engine's time {@code now}, forgetting the eldest if due. */
    void put(MessageId id, Seen message, Instant now) {
        this.now = now.getEpochSecond();
        seen.put(id, message);
    }

    /** Forgets the message {@code id} (it was deleted); what was remembered of it, or null. */
    Seen remove(MessageId id) {
        return seen.remove(id);
    }
}
