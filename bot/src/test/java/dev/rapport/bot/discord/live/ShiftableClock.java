package dev.rapport.bot.discord.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** Real time, moved ahead by whatever the test says: the bot lives "next week" while JDA and the server run now. */
public final class ShiftableClock extends Clock {
    private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

    public void shift(Duration by) {
        ahead.updateAndGet(d -> d.plus(by));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the bot's clock is UTC");
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead.get());
    }
}
