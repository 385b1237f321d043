package dev.rapport.bot.coach;

import java.util.ArrayDeque;
import java.util.Optional;

/**
 * A bounded queue of weekly digests waiting to be sent, so that the digest hour of many people never becomes a burst
 * of DMs. When full, the oldest digest makes room and is counted; it is not lost: its claim was never marked sent, so
 * the digest routine takes it over after an hour and queues it again. Thread-safe.
 */
public final class TipOutbox {
    private final int capacity;
    private final ArrayDeque<OutboxItem> queue = new ArrayDeque<>();
    private long dropped;

    public TipOutbox(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("outbox capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    /** Queues {@code item}; when the outbox is full the oldest item goes (counted). Always true: the new one is kept. */
    public synchronized boolean offer(OutboxItem item) {
        if (queue.size() >= capacity) {
            queue.pollFirst();
            dropped++;
        }
        queue.addLast(item);
        return true;
    }

    public synchronized Optional<OutboxItem> poll() {
        return Optional.ofNullable(queue.pollFirst());
    }

    public synchronized int size() {
        return queue.size();
    }

    /** How many items were dropped because the outbox was full. */
    public synchronized long dropped() {
        return dropped;
    }
}
