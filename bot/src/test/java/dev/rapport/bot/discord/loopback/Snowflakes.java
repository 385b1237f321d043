package dev.rapport.bot.discord.loopback;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Issues Discord-shaped ids: creation time in the high bits, a counter in the low ones. The time part matters:
 * JDA derives creation times from ids and treats an interaction whose id looks older than 15 minutes as expired.
 */
final class Snowflakes {

    private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;

    private final AtomicLong counter = new AtomicLong();

    String next() {
        long millisSinceEpoch = System.currentTimeMillis() - DISCORD_EPOCH_MILLIS;
        long sequence = counter.incrementAndGet() & 0x3F_FFFFL;
        return Long.toUnsignedString((millisSinceEpoch << 22) | sequence);
    }
}
