package dev.rapport.bot.storage.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A UTC clock that stands still until moved on by one millisecond at a time: with one tick per save, the rows a save
 * wrote are told apart by their {@code updated_at} (the community-parts test and {@code CommunitySaveBytes} in
 * bench). Not thread-safe: one caller moves it.
 */
public final class TickingClock extends Clock {
    private long millis;

    public TickingClock(Instant start) {
        this.millis = start.toEpochMilli();
    }

    /** Moves on by a millisecond; returns the new time in epoch milliseconds. */
    public long tick() {
        return ++millis;
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
