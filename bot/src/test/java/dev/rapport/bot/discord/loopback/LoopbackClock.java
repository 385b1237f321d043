package dev.rapport.bot.discord.loopback;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The loopback server's sense of time: the wall clock plus whatever a test skipped ahead, so deadlines that take
 * minutes on Discord (an interaction token's 15 minutes) are tested without waiting for them.
 */
final class LoopbackClock {
    private final AtomicLong skippedNanos = new AtomicLong();

    Instant now() {
        return Instant.now().plusNanos(skippedNanos.get());
    }

    void advance(Duration by) {
        skippedNanos.addAndGet(by.toNanos());
    }
}
