package dev.rapport.bot.importer.irc;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What an IRC log's file name says: its stem ({@code 2004-11-15_03} of {@code 2004-11-15_03.raw.txt}), the
 * date ({@code YYYY-MM-DD} anywhere in the name) and, in the {@code DATE_HH} form, an hour of that date the
 * log covers.
 */
record IrcFileName(String stem, Optional<LocalDate> date, OptionalInt hour) {

    static IrcFileName of(Path file) {
        Path name = file.getFileName();
        String fileName = name == null ? file.toString() : name.toString();
        int dot = fileName.indexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        for (int i = 0; i + 10 <= fileName.length(); i++) {
            Optional<LocalDate> date = dateAt(fileName, i);
            if (date.isPresent()) {
                return new IrcFileName(stem, date, hourAfter(fileName, i + 10));
            }
        }
        return new IrcFileName(stem, Optional.empty(), OptionalInt.empty());
    }

    private static Optional<LocalDate> dateAt(String s, int i) {
        if (i > 0 && Character.isDigit(s.charAt(i - 1))) {
            return Optional.empty();
        }
        if (s.charAt(i + 4) != '-' || s.charAt(i + 7) != '-') {
            return Optional.empty();
        }
        int year = digits(s, i, 4);
        int month = digits(s, i + 5, 2);
        int day = digits(s, i + 8, 2);
        if (year < 0 || month < 0 || day < 0) {
            return Optional.empty();
        }
        if (i + 10 < s.length() && Character.isDigit(s.charAt(i + 10))) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** {@code _HH} right after the date, followed by a non-digit or the end. */
    private static OptionalInt hourAfter(String s, int i) {
        if (i + 3 > s.length() || s.charAt(i) != '_') {
            return OptionalInt.empty();
        }
        int hour = digits(s, i + 1, 2);
        if (hour < 0 || hour > 23) {
            return OptionalInt.empty();
        }
        if (i + 3 < s.length() && Character.isDigit(s.charAt(i + 3))) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(hour);
    }

    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int k = from; k < from + count; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
