package dev.rapport.bot.replay.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Discord-style snowflake ids: milliseconds since Discord's epoch in the high bits, a counter in the low ones. Ids
 * made this way sort by time the way real exports do, and a message id says when it was sent.
 */
final class Snowflakes {
    private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;
    private static final long WORKER = 1L << 17;

    private Snowflakes() {
    }

    /** The id of something created at {@code time}; {@code sequence} tells apart things made the same millisecond. */
    static String at(Instant time, int sequence) {
        long millis = time.toEpochMilli() - DISCORD_EPOCH_MILLIS;
        if (millis < 0) {
            throw new IllegalArgumentException("before Discord's epoch: " + time);
        }
        return Long.toUnsignedString((millis << 22) | WORKER | (sequence & 0xFFF));
    }

    /** The id of an account, channel or role created on {@code day} (at noon UTC). */
    static String createdOn(String day, int sequence) {
        return at(LocalDate.parse(day).atTime(12, 0).toInstant(ZoneOffset.UTC), sequence);
    }
}
