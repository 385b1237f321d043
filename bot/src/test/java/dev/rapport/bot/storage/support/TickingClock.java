package dev.rapport.bot.storage.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A UTC clock that stands still until the test moves it on: by one millisecond at a time (with one tick per save, the
 * rows a save wrote are told apart by their {@code updated_at}: the community-parts test and {@code CommunitySaveBytes}
 * in bench), by a span ("six hours later") or to a moment ("next Monday at nine"). One caller moves it; the time is
 * volatile so that the bot's worker threads, which only read it, see each move.
 */
public final class TickingClock extends Clock {
    private volatile long millis;

    public TickingClock(Instant start) {
        this.millis = start.toEpochMilli();
    }

    /** Moves on by a millisecond; returns the new time in epoch milliseconds. */
    public long tick() {
        millis = millis + 1;
        return millis;
    }

    /** Moves on by {@code by}. */
    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("a ticking clock only moves on, not back by " + by);
        }
        millis = millis + by.toMillis();
    }

    /** Moves on to {@code at}, which is not before the clock's time. */
    public void moveTo(Instant at) {
        if (at.toEpochMilli() < millis) {
            throw new IllegalArgumentException("a ticking clock only moves on, not back to " + at);
        }
        millis = at.toEpochMilli();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis);
    }
}
