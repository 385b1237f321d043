package dev.rapport.bot.coach;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Optional;

/**
 * A bounded queue of private messages waiting to be sent, so that a burst of findings never becomes an unbounded
 * pile of DMs. When full, the oldest real-time tip makes room (it is the least valuable by the time it would go out);
 * digests and bundles are kept. Every drop is counted. Thread-safe.
 */
public final class TipOutbox {
    private final int capacity;
    private final ArrayDeque<OutboxItem> queue = new ArrayDeque<>();
    private long dropped;

    public TipOutbox(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("outbox capacity must be at least 1, was " + capacity);
        this.capacity = capacity;
    }

    /** Queues {@code item}; returns false when it was itself dropped because only non-droppable items were queued. */
    public synchronized boolean offer(OutboxItem item) {
        if (queue.size() >= capacity && !dropOldestRealtime()) {
            if (isRealtime(item)) {
                dropped++;
                return false;
            }
            // A full outbox of digests: the oldest one goes, the newest information wins.
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

    private boolean dropOldestRealtime() {
        Iterator<OutboxItem> it = queue.iterator();
        while (it.hasNext()) {
            if (isRealtime(it.next())) {
                it.remove();
                dropped++;
                return true;
            }
        }
        return false;
    }

    private static boolean isRealtime(OutboxItem item) {
        return item instanceof OutboxItem.TipItem tip && tip.realtime();
    }
}
