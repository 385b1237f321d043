package dev.rapport.bot.importer.irc;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A first pass over an IRC log, in constant memory, for the facts the event stream needs before its first
 * message: the channel, whether the file is an IRC log at all, and on which day its first line was written.
 *
 * @param channel      from the first {@code has joined #channel} line, if any
 * @param readableLines lines that are messages or logger lines
 * @param nonBlankLines lines with any content
 * @param firstDay     the day of the first line
 */
record IrcLogSurvey(Optional<String> channel, long readableLines, long nonBlankLines, LocalDate firstDay) {

    /**
     * Reads {@code file}. Logs named {@code DATE_HH} (the Ubuntu corpus) name the hour of their <em>last</em>
     * stretch: they begin up to a day or more earlier. So the day of the first line is the named date minus the
     * midnights passed before the named hour first appears; without an hour, the named date is the first day.
     */
    static IrcLogSurvey of(Path file, IrcFileName name, LocalDate namedDate, IrcLineParser parser) throws IOException {
        String channel = null;
        long readable = 0;
        long nonBlank = 0;
        int daysBeforeNamedHour = -1;
        OptionalInt hour = name.hour();
        IrcClock clock = new IrcClock(namedDate);
        try (LogLines lines = new LogLines(file)) {
            for (String line = lines.next(); line != null; line = lines.next()) {
                IrcLine parsed = parser.parse(line);
                if (parsed instanceof IrcLine.Blank) {
                    continue;
                }
                nonBlank++;
                if (parsed instanceof IrcLine.Unreadable) {
                    continue;
                }
                readable++;
                if (parsed instanceof IrcLine.Joined joined && channel == null) {
                    channel = joined.channel();
                }
                if (parsed instanceof IrcLine.Said said && said.time().isPresent()) {
                    LocalTime time = said.time().get();
                    clock.at(time);
                    if (daysBeforeNamedHour < 0 && hour.isPresent() && time.getHour() == hour.getAsInt()) {
                        daysBeforeNamedHour = clock.daysPassed();
                    }
                }
            }
        }
        LocalDate firstDay = namedDate.minusDays(Math.max(0, daysBeforeNamedHour));
        return new IrcLogSurvey(Optional.ofNullable(channel), readable, nonBlank, firstDay);
    }
}
