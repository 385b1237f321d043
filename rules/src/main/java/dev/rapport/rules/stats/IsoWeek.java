package dev.rapport.rules.stats;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** An ISO-8601 week (Monday to Sunday) such as {@code 2026-W05}, always taken in the person's own time zone. */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {
    public IsoWeek {
        if (week < 1 || week > 53) {
            throw new IllegalArgumentException("ISO week must be 1..53, was " + week);
        }
    }

    public static IsoWeek of(Instant time, ZoneId zone) {
        return of(time.atZone(zone).toLocalDate());
    }

    public static IsoWeek of(LocalDate date) {
        return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Parses {@code 2026-W05} (or {@code 2026-w5}); a clear message otherwise. */
    public static IsoWeek parse(String text) {
        String t = text.trim().toUpperCase(java.util.Locale.ROOT);
        int w = t.indexOf("-W");
        if (w < 0) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO week; write it like 2026-W05");
        }
        try {
            return new IsoWeek(Integer.parseInt(t.substring(0, w)), Integer.parseInt(t.substring(w + 2)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO week; write it like 2026-W05");
        }
    }

    /** The Monday that starts this week. */
    public LocalDate monday() {
        return LocalDate.of(year, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The first instant of this week in {@code zone}. */
    public Instant start(ZoneId zone) {
        return monday().atStartOfDay(zone).toInstant();
    }

    /** The first instant after this week in {@code zone}. */
    public Instant end(ZoneId zone) {
        return next().start(zone);
    }

    public IsoWeek next() {
        return of(monday().plusWeeks(1));
    }

    public IsoWeek previous() {
        return of(monday().minusWeeks(1));
    }

    @Override
    public int compareTo(IsoWeek o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(week, o.week);
    }

    @Override
    public String toString() {
        return String.format("%d-W%02d", year, week);
    }
}
