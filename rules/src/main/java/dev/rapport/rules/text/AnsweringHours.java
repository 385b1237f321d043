package dev.rapport.rules.text;

import dev.rapport.rules.model.ChannelInfo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hours a room says its answers come in: a clause of its topic or name that says someone answers or replies there,
 * with the days and times it does ("our staff reply weekdays, 8.30 to 6", "the desk replies Tuesday to Saturday",
 * "replies come Monday to Saturday, 10 till 4"). A business that states when it answers has told its customers that
 * a question asked outside those hours waits for the next opening: the time it is closed is not time the question was
 * left waiting.
 * Opening hours alone ("what's new, and when we open") or an event's night ("late openings Wed/Fri 7-10") say nothing
 * about answers, and are not read.
 *
 * @param days   the days answers come on
 * @param opens  the time answers start on those days, or null for the whole day
 * @param closes the time they stop, or null for the whole day
 */
public record AnsweringHours(Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {

    /** A clause that says answers come: someone answers, replies or responds there. */
    private static final Pattern ANSWERS = Pattern.compile("\\b(?:answers?|answered|repl(?:y|ies)|responds?)\\b");
    private static final String DAY = "(mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?"
            + "|sat(?:urday)?|sun(?:day)?)";
    /** A run of days: "Monday to Friday", "Mon-Sat", "tues through thurs". */
    private static final Pattern DAY_RANGE = Pattern.compile("\\b" + DAY + "s?\\s*(?:-|–|to|through|thru|until|till)\\s*"
            + DAY + "s?\\b");
    /** A day named in full, alone ("on Saturdays"). */
    private static final Pattern WHOLE_DAY = Pattern.compile("\\b(monday|tuesday|wednesday|thursday|friday|saturday"
            + "|sunday)s?\\b");
    private static final Pattern WEEKDAYS = Pattern.compile("\\bweek ?days\\b");
    private static final Pattern EVERY_DAY = Pattern.compile("\\b(?:every day|daily|7 days|seven days)\\b");
    /** A span of times: "9 to 5", "9am-5.30pm", "10:00–18:00"; not a span of days or hours ("within 2-3 days"). */
    private static final Pattern TIMES = Pattern.compile("\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?"
            + "\\s*(?:-|–|to|until|till)\\s*(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?\\b"
            + "(?!\\s*(?:days?|hours?|hrs?|weeks?|mins?|minutes?|working|business)\\b)");
    /** How far ahead an opening is looked for: a fortnight, past any week's closed days. */
    private static final int DAYS_AHEAD = 14;

    /** The hours {@code info}'s topic or name says answers come in, if a clause of it says so. */
    public static Optional<AnsweringHours> of(ChannelInfo info) {
        if (info == null) {
            return Optional.empty();
        }
        Optional<AnsweringHours> topic = read(info.topic());
        return topic.isPresent() ? topic : read(info.name().replace('-', ' ').replace('_', ' '));
    }

    /** The hours a clause of {@code text} says answers come in; empty when none says both answers and when. */
    static Optional<AnsweringHours> read(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        for (String clause : text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[;|\\n]|\\.\\s")) {
            if (!ANSWERS.matcher(clause).find()) {
                continue;
            }
            Set<DayOfWeek> days = days(clause);
            Matcher t = TIMES.matcher(clause);
            LocalTime opens = null;
            LocalTime closes = null;
            if (t.find()) {
                int from = hour(t.group(1), t.group(3));
                int to = hour(t.group(4), t.group(6));
                // "9 to 5" names a working day: a close no later than the opening, with no am or pm, is in the afternoon.
                if (to <= from && t.group(6) == null && to < 12) {
                    to += 12;
                }
                if (from < 24 && to < 24 && to > from) {
                    opens = LocalTime.of(from, minute(t.group(2)));
                    closes = LocalTime.of(to, minute(t.group(5)));
                }
            }
            if (days.isEmpty() && opens == null) {
                continue;
            }
            return Optional.of(new AnsweringHours(days.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : days, opens,
                    closes));
        }
        return Optional.empty();
    }

    private static Set<DayOfWeek> days(String clause) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (EVERY_DAY.matcher(clause).find()) {
            return EnumSet.allOf(DayOfWeek.class);
        }
        if (WEEKDAYS.matcher(clause).find()) {
            days.addAll(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        }
        Matcher r = DAY_RANGE.matcher(clause);
        while (r.find()) {
            DayOfWeek d = day(r.group(1));
            DayOfWeek last = day(r.group(2));
            for (int i = 0; i < 7; i++) {
                days.add(d);
                if (d == last) {
                    break;
                }
                d = d.plus(1);
            }
        }
        Matcher w = WHOLE_DAY.matcher(clause);
        while (w.find()) {
            days.add(day(w.group(1)));
        }
        return days;
    }

    private static DayOfWeek day(String word) {
        return switch (word.substring(0, 2)) {
            case "mo" -> DayOfWeek.MONDAY;
            case "tu" -> DayOfWeek.TUESDAY;
            case "we" -> DayOfWeek.WEDNESDAY;
            case "th" -> DayOfWeek.THURSDAY;
            case "fr" -> DayOfWeek.FRIDAY;
            case "sa" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
    }

    private static int hour(String digits, String half) {
        int h = Integer.parseInt(digits);
        if ("pm".equals(half) && h < 12) {
            return h + 12;
        }
        if ("am".equals(half) && h == 12) {
            return 0;
        }
        return h;
    }

    private static int minute(String digits) {
        return digits == null ? 0 : Math.min(59, Integer.parseInt(digits));
    }

    /** Whether answers come at {@code at} (local time). */
    boolean open(ZonedDateTime at) {
        if (!days.contains(at.getDayOfWeek())) {
            return false;
        }
        LocalTime t = at.toLocalTime();
        return opens == null || !t.isBefore(opens) && t.isBefore(closes);
    }

    /**
     * When a question asked at {@code asked} has waited {@code deadline} of the business's time: its wait starts at
     * the next opening when it came while closed, and the days the business does not answer on do not count.
     */
    public Instant due(Instant asked, Duration deadline, ZoneId zone) {
        ZonedDateTime start = asked.atZone(zone);
        if (!open(start)) {
            start = nextOpening(start);
            if (start == null) {
                return asked.plus(deadline);
            }
        }
        ZonedDateTime t = start;
        Duration left = deadline;
        for (int i = 0; i < deadline.toDays() + DAYS_AHEAD && !left.isZero(); i++) {
            ZonedDateTime midnight = t.toLocalDate().plusDays(1).atStartOfDay(zone);
            if (days.contains(t.getDayOfWeek())) {
                Duration step = Duration.between(t, midnight);
                if (step.compareTo(left) >= 0) {
                    return t.plus(left).toInstant();
                }
                left = left.minus(step);
            }
            t = midnight;
        }
        return t.plus(left).toInstant();
    }

    /** The first moment answers come after {@code from}, within {@link #DAYS_AHEAD}; null if none does. */
    private ZonedDateTime nextOpening(ZonedDateTime from) {
        LocalDate day = from.toLocalDate();
        for (int i = 0; i <= DAYS_AHEAD; i++, day = day.plusDays(1)) {
            if (!days.contains(day.getDayOfWeek())) {
                continue;
            }
            ZonedDateTime opening = opens == null ? day.atStartOfDay(from.getZone())
                    : day.atTime(opens).atZone(from.getZone());
            if (opening.isAfter(from)) {
                return opening;
            }
        }
        return null;
    }
}
