package dev.rapport.bot.discord.loopback;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * Thread-safe, append-only log of what the loopback server saw or sent, with bounded waits.
 * Server threads append while the test thread reads and waits, so every access goes through one lock.
 */
final class Recorder<T> {

    private final String what;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition appended = lock.newCondition();
    private final List<T> entries = new ArrayList<>();

    Recorder(String what) {
        this.what = what;
    }

    void add(T entry) {
        lock.lock();
        try {
            entries.add(entry);
            appended.signalAll();
        } finally {
            lock.unlock();
        }
    }

    List<T> snapshot() {
        lock.lock();
        try {
            return List.copyOf(entries);
        } finally {
            lock.unlock();
        }
    }

    /** The first entry (oldest first) that matches, waiting at most {@code timeout} for it to arrive. */
    T await(Predicate<? super T> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                Optional<T> match = entries.stream().filter(condition).findFirst();
                if (match.isPresent()) {
                    return match.get();
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    throw new AssertionError("No matching " + what + " within " + timeout.toMillis() + " ms; saw "
                            + entries.size() + ":\n" + describe(entries));
                }
                appended.awaitNanos(Math.min(remaining, TimeUnit.MILLISECONDS.toNanos(200)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for a " + what, e);
        } finally {
            lock.unlock();
        }
    }

    private static String describe(List<?> entries) {
        StringBuilder text = new StringBuilder();
        for (Object entry : entries) {
            text.append("  ").append(entry).append('\n');
        }
        return text.toString();
    }
}
