package dev.rapport.bot.importer;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * ISO-8601 date-times with an offset ({@code 2026-01-05T09:00:00.123+01:00}), read as instants.
 *
 * <p>Exports carry one timestamp per message, and {@link OffsetDateTime#parse} (a general {@code DateTimeFormatter}
 * building a field map per call) cost about a tenth of a replay. The forms exporters write — DiscordChatExporter's
 * {@code yyyy-MM-ddTHH:mm:ss[.fraction]±HH:MM}, and {@code Z} for UTC — are read here directly from the characters;
 * anything else (no seconds, an offset with seconds, a year beyond four digits, or a bad value) goes to
 * {@link OffsetDateTime#parse}, so the result and every error are exactly what it gives.
 */
public final class IsoTimestamps {
    private static final int[] DAYS_BEFORE_MONTH = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    private static final int[] NANO_SCALE = {1, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10,
            1};

    private IsoTimestamps() {
    }

    /**
     * The instant {@code text} names, as {@code OffsetDateTime.parse(text).toInstant()} would give it.
     *
     * @throws DateTimeParseException when it is not an ISO-8601 date-time with an offset
     */
    public static Instant parse(String text) {
        Instant fast = fastPath(text);
        return fast != null ? fast : OffsetDateTime.parse(text).toInstant();
    }

    /** The common forms, or {@code null} to leave the text to the general parser (which also names errors). */
    static Instant fastPath(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month) || hour < 0
                || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 9 && isDigit(s.charAt(i))) {
                nanos = nanos * 10 + (s.charAt(i) - '0');
                i++;
            }
            int count = i - start;
            if (count == 0 || i < n && isDigit(s.charAt(i))) {
                return null;
            }
            nanos *= NANO_SCALE[count];
        }
        int offsetSeconds;
        if (i == n - 1 && s.charAt(i) == 'Z') {
            offsetSeconds = 0;
        } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
            int offsetHours = digits(s, i + 1, 2);
            int offsetMinutes = digits(s, i + 4, 2);
            if (offsetHours < 0 || offsetHours > 18 || offsetMinutes < 0 || offsetMinutes > 59
                    || offsetHours == 18 && offsetMinutes > 0) {
                return null;
            }
            offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (s.charAt(i) == '-' ? -1 : 1);
        } else {
            return null;
        }
        long epochDay = epochDay(year, month, day);
        long seconds = epochDay * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /** The value of {@code count} ASCII digits at {@code from}, or -1 if any is not one. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean leap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> leap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days from 1970-01-01 to a date of the proleptic Gregorian calendar, years 0 to 9999. */
    private static long epochDay(int year, int month, int day) {
        long y = year - 1L;
        long daysBeforeYear = 365 * y + Math.floorDiv(y, 4) - Math.floorDiv(y, 100) + Math.floorDiv(y, 400);
        int dayOfYear = DAYS_BEFORE_MONTH[month - 1] + day + (month > 2 && leap(year) ? 1 : 0);
        // 719,162 days from 0001-01-01 to 1970-01-01
        return daysBeforeYear + dayOfYear - 1 - 719_162;
    }
}
