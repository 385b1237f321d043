package dev.rapport.bot.importer.irc;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Turns the times of day of a log's lines into instants (UTC). Logs only write {@code HH:MM}: when the time
 * of day goes back by more than an hour the log has passed midnight, and the day advances. A smaller step
 * back (clock jitter) keeps the previous instant, so events stay in order.
 */
final class IrcClock {
    private static final Duration MIDNIGHT_JUMP = Duration.ofHours(1);

    private LocalDate day;
    private LocalTime lastTime;
    private Instant current;
    private int daysPassed;

    IrcClock(LocalDate firstDay) {
        this.day = firstDay;
        this.lastTime = LocalTime.MIDNIGHT;
        this.current = firstDay.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The instant of a line written at {@code time}, after the lines read so far. */
    Instant at(LocalTime time) {
        if (time.isBefore(lastTime)) {
            if (Duration.between(time, lastTime).compareTo(MIDNIGHT_JUMP) > 0) {
                day = day.plusDays(1);
                daysPassed++;
            } else {
                return current;
            }
        }
        lastTime = time;
        current = day.atTime(time).toInstant(ZoneOffset.UTC);
        return current;
    }

    /** The instant of a line without a time: the same as the line before. */
    Instant now() {
        return current;
    }

    /** How many midnights the log has passed so far. */
    int daysPassed() {
        return daysPassed;
    }
}
