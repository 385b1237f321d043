package dev.rapport.rules.text;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a message announces that its writer is away until a known return: "off until Monday", "away this weekend",
 * "offline till Tuesday", "that's me till Sunday, back Monday", "on holiday until the 12th". Someone who said so
 * is away, not ignoring anyone: a question put to them after it waits for them to be back. A vague leave with no
 * return ("off to the fair for a few days") does not say when to expect them, and is not one.
 */
public final class AbsenceNotice {
    /** A weekday by name, whole or short. */
    private static final String WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed"
            + "|thurs|thu|fri|sat|sun)";
    private static final String DAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed"
            + "|thu|thurs|fri|sat|sun|tomorrow|tmrw|next week|the weekend|the \\d{1,2}(?:st|nd|rd|th)?"
            + "|next (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri))";
    /** Said of oneself: at the start of a sentence or clause, or after "I'm", "I'll be", "heading", "logging"... */
    private static final String SELF = "(?:^|[,.!;:(\\-]\\s*|\\b(?:i|i'?m|i am|i'?ll be|i will be|be|heading|logging"
            + "|signing|going|me)\\s+)";
    /**
     * Busy elsewhere, which keeps one from the chat as surely as being away: on shift ("on nights", "on 3 lates in a
     * row", "on call", "on the road"), travelling, working, out of reach ("no signal", "no wifi", "phone off"), or at
     * an event or place said of oneself ("I'm at a regatta", "I'll be at my mum's"; not "the sale is at 20% till
     * Sunday"), or buried in work ("I'm swamped with marking until Friday", "snowed under till the 3rd"): someone who
     * warned they will be slow until a day has said when to expect them as surely as someone away.
     */
    private static final String BUSY = "on (?:(?:\\d+|a|my|the|two|three|four|five|six|seven) )?(?:nights?|night shifts?"
            + "|shifts?|earlies|lates|call|duty|the road|tour|deployment|a (?:boat|ship|course|retreat|job))"
            + "|travell?ing|working|no (?:signal|wifi|wi-fi|reception|internet|phone)|phone (?:off|away)"
            + "|(?<=\\b(?:i'?m|i am|i'?ll be|i will be|we'?re|we are|we'?ll be) )at"
            + "|buried|swamped|snowed under|flat out|up to my (?:eyes|ears|neck)";

    /**
     * Not reading the chat ("not checking in until Monday", "won't be checking messages"): someone who said so has told
     * people their words meanwhile go unread, which is being away from the chat whatever else they do.
     */
    private static final String NOT_READING = "checking (?:in|messages|my messages|the chat|chat|my phone|dms|my dms"
            + "|here|the server)";

    /**
     * Being gone, said of oneself ("right, offline till Tuesday", "I'm away this weekend"; not "the shop is out of
     * stock until Monday" or "we sold out this weekend").
     */
    private static final String GONE = SELF + "(?:off|away|offline|afk|out|gone|on (?:holiday|vacation|leave|a trip)"
            + "|(?:not|won'?t be) (?:around|online|about|here|" + NOT_READING + ")|" + BUSY + ")";
    /**
     * A return named by the month rather than the day ("till April", "until the month is out"): a longer leave, but
     * as known a return as a weekday. {@link #returnDay} names no day for it, so a word back is the return.
     */
    private static final String MONTH = "(?:january|february|march|april|may|june|july|august|september|october"
            + "|november|december|next month|the end of the month)";
    /** A month named as the return, read by {@link #returnDay}. */
    private static final Pattern MONTH_NAMED = Pattern.compile("\\b" + MONTH + "\\b");
    /** The return a notice can name: a day or a month. */
    private static final String RETURN = "(?:" + DAY + "|" + MONTH + ")";
    /**
     * Leaving, said of oneself, in words that cannot be a working pattern: "I'm working from Monday to Friday" is a
     * week's routine, "I'm away from the 3rd to the 10th" a leave.
     */
    private static final String LEAVING = SELF + "(?:off|away|offline|gone|on (?:holiday|vacation|leave|a trip))";
    /**
     * Gone until a day or month, for a named span ("off until monday", "away this weekend", "offline for the week"),
     * or for a span from one day to another ("away on the boat from the 3rd to June", "off from Friday to the 9th"):
     * the end of the span is the return, as surely as after "until".
     */
    private static final Pattern GONE_UNTIL = Pattern.compile(GONE + "\\b[^.!?\\n]{0,30}?\\b(?:until|till|til|'til"
            + "|untill) " + RETURN + "\\b|" + GONE + " (?:for )?(?:this|the) (?:weekend|week|rest of the week)\\b"
            + "|" + GONE + " (?:all|over the) (?:weekend|week)\\b"
            + "|" + LEAVING + "\\b[^.!?\\n]{0,30}?\\bfrom (?:today|tonight|now|" + DAY + ")"
            + "(?: the \\d{1,2}(?:st|nd|rd|th)?)? (?:to|till|til|until|-|\u2013) " + RETURN + "\\b"
            // Leaving for a counted span ("off to Crete tomorrow for a week", "away for a fortnight from Saturday"):
            // a week or two is as known a return as a day named; "for a few days" says none.
            + "|" + LEAVING + "\\b[^.!?\\n]{0,40}?\\bfor (?:a|one|two|three|a couple of) (?:weeks?|fortnight)\\b"
            // Gone or busy elsewhere from one weekday to another of a week named ("I'm at a conference Tuesday to
            // Friday next week"): a span of one week, not a routine ("I'm at the depot Monday to Friday"). The week
            // is looked ahead to, not matched: the span's last day is the return (returnDay).
            + "|" + GONE + "\\b[^.!?\\n]{0,40}?\\b" + WEEKDAY + " (?:to|till|until|-|\u2013) " + WEEKDAY
            + "(?= (?:next|this) week\\b)");
    /**
     * Back on a named day, said of oneself ("back monday", "I'll be back on tuesday", "back next week"; not "bring it
     * back tomorrow"), or done for a span ("that's me for the weekend").
     */
    private static final Pattern BACK_ON = Pattern.compile(SELF + "back (?:on )?" + DAY
            // Taking leave until a named day ("night all, see you thursday", "catch you all on monday").
            + "\\b|" + SELF + "(?:see|catch|talk to) (?:you|ya|u|y'?all|everyone)(?: all| guys| lot)? (?:on )?" + DAY
            + "\\b|\\bthat'?s me (?:done )?for the (?:weekend|week)\\b"
            + "|\\bsigning off (?:for the (?:weekend|week)|until|till)\\b"
            // Gone, then back on a day in the same clause ("I'm off to the lakes from Friday and back on the 9th"): the
            // leaving is said of oneself, so the return is too.
            + "|" + GONE + "\\b[^.!?;\\n]{0,50}?\\band back (?:on )?" + DAY + "\\b");

    /** The day named in a notice's match, read by {@link #returnDay}. */
    private static final Pattern NAMED_DAY = Pattern.compile("\\b(?:(?:next )?(monday|tuesday|wednesday|thursday|friday"
            + "|saturday|sunday|mon|tues|tue|wed|thurs|thu|fri|sat|sun)|(tomorrow|tmrw)|(next week)|the (\\d{1,2})"
            + "(?:st|nd|rd|th)?|(?:until|till|til|'til|untill) the (weekend)"
            + "|(?:the|this|all|over the) (weekend|week|rest of the week))\\b");
    /**
     * Busy, not gone, said of oneself ("I'm swamped with marking", "on nights", "travelling"), or a warning of slow
     * replies: someone who says so may still look in before the day they name, and is still busy when they do.
     */
    private static final Pattern STILL_BUSY = Pattern.compile(SELF + "(?:" + BUSY + ")\\b"
            + "|\\bslow (?:to (?:answer|reply|respond)|(?:repl(?:y|ies)|responses|answers))\\b"
            // Out of reach anywhere in one's own notice ("hiking with no signal", "a cabin with no wifi"): a word from a
            // bar of signal meanwhile is a look-in, not the return.
            + "|\\bno (?:signal|wifi|wi-fi|reception|internet|phone signal)\\b"
            // So is saying one will not read the chat till then ("home Monday, not checking messages before then"): a
            // short post meanwhile does not say they read what came for them, and they named when they would.
            + "|\\b(?:not|won'?t be|will not be|won'?t|no) " + NOT_READING + "\\b");
    /**
     * A return named further off than this is a long leave: someone who turns up in the chat during it is around, and
     * their first word is their return, as for a notice naming no day.
     */
    static final Duration LONGEST_NAMED_LEAVE = Duration.ofDays(14);

    private AbsenceNotice() {
    }

    /**
     * The start of the day a notice ({@link #is}) of being busy names for its writer's return, in their zone: "swamped
     * until Wednesday" said on a Monday is back on Wednesday, "on nights this weekend" on Monday, "travelling till the
     * 14th" on the next 14th. A weekday is the next one after the day of the notice ("until Friday" said on a Friday is
     * a week off). Someone who warned they are busy or slow to answer until a day is owed no answer before that day,
     * even if they look in meanwhile (a post of their own on the Tuesday of "buried until Wednesday"): busy is not
     * gone, and a look-in is not the return they named. Someone who said only that they are away ("off until Friday")
     * and writes again before the day is back early, and their first word back stays their return. Empty for such a
     * notice, for one naming no day, and for a day further off than {@link #LONGEST_NAMED_LEAVE}.
     */
    public static Optional<Instant> returnDay(String text, Instant at, ZoneId zone) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (!STILL_BUSY.matcher(t).find()) {
            return Optional.empty();
        }
        Matcher notice = GONE_UNTIL.matcher(t);
        if (!notice.find()) {
            notice = BACK_ON.matcher(t);
            if (!notice.find()) {
                return Optional.empty();
            }
        }
        // A return named by the month ("from the 3rd to June") names no day: the day before it is the leave's start.
        if (MONTH_NAMED.matcher(t).region(notice.start(), notice.end()).find()) {
            return Optional.empty();
        }
        // The day the notice itself names: the last one in its own words ("off from Monday until Wednesday").
        Matcher day = NAMED_DAY.matcher(t).region(notice.start(), notice.end());
        LocalDate today = at.atZone(zone).toLocalDate();
        LocalDate back = null;
        String weekday = null;
        while (day.find()) {
            back = dayOf(day, today);
            weekday = day.group(1);
        }
        if (back == null) {
            return Optional.empty();
        }
        // A span's last weekday with "next week" after it ("Tuesday to Friday next week") is that day of next week,
        // not the next such day (which, said on a Wednesday, is this week's Friday).
        if (weekday != null && t.startsWith(" next week", notice.end())) {
            back = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                    .with(TemporalAdjusters.nextOrSame(weekday(weekday)));
        }
        Instant start = back.atStartOfDay(zone).toInstant();
        if (!start.isAfter(at) || start.isAfter(at.plus(LONGEST_NAMED_LEAVE))) {
            return Optional.empty();
        }
        return Optional.of(start);
    }

    private static LocalDate dayOf(Matcher day, LocalDate today) {
        if (day.group(1) != null) {
            return today.with(TemporalAdjusters.next(weekday(day.group(1))));
        }
        if (day.group(2) != null) {
            return today.plusDays(1);
        }
        if (day.group(3) != null) {
            return today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        }
        if (day.group(4) != null) {
            int n = Integer.parseInt(day.group(4));
            // The next such date after today, this month or a later one that has it.
            LocalDate last = today.plusMonths(3);
            for (LocalDate month = today.withDayOfMonth(1); month.isBefore(last); month = month.plusMonths(1)) {
                if (n >= 1 && n <= month.lengthOfMonth() && month.withDayOfMonth(n).isAfter(today)) {
                    return month.withDayOfMonth(n);
                }
            }
            return null;
        }
        if (day.group(5) != null) {
            // Until the weekend: back on the Saturday.
            return today.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        }
        // Away for a weekend or a week: back the Monday after it.
        return today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    /**
     * The start of the day a leave named in the notice begins, when that is a later day than the notice's own ("on
     * leave from Tue 6th till Fri 9th" said on a Monday: the Tuesday; "away from Friday until the 20th"): words said before
     * that day come before leaving and do not end the notice. Empty when the notice names no later start.
     */
    public static Optional<Instant> startDay(String text, Instant at, ZoneId zone) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = LEAVE_FROM.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        if (!m.find()) {
            return Optional.empty();
        }
        LocalDate today = at.atZone(zone).toLocalDate();
        String named = m.group(1) != null ? m.group(1) : m.group(2);
        LocalDate from = named != null ? today.with(TemporalAdjusters.next(weekday(named))) : today.plusDays(1);
        Instant start = from.atStartOfDay(zone).toInstant();
        return start.isAfter(at) && !start.isAfter(at.plus(LONGEST_NAMED_LEAVE)) ? Optional.of(start)
                : Optional.empty();
    }

    /**
     * Gone from a named later day ("on leave from Tue 6th till Fri 9th", "off from Friday", "away from tomorrow till
     * Monday"): the day the leave begins, a weekday (group 1, with its date or not, or group 2)
     * or tomorrow.
     */
    private static final Pattern LEAVE_FROM = Pattern.compile(GONE + "\\s+(?:from\\s+)?(?:(monday|tuesday|wednesday"
            + "|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thu|fri|sat|sun)(?:\\s+(?:the\\s+)?\\d{1,2}"
            + "(?:st|nd|rd|th)?)?|tomorrow|tmrw)\\s*(?:to|till|til|until|-|\u2013)\\s|" + GONE
            + "\\s+from\\s+(?:(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thu|fri"
            + "|sat|sun)|tomorrow|tmrw)\\b");

    private static DayOfWeek weekday(String name) {
        switch (name.substring(0, 3)) {
            case "mon":
                return DayOfWeek.MONDAY;
            case "tue":
                return DayOfWeek.TUESDAY;
            case "wed":
                return DayOfWeek.WEDNESDAY;
            case "thu":
                return DayOfWeek.THURSDAY;
            case "fri":
                return DayOfWeek.FRIDAY;
            case "sat":
                return DayOfWeek.SATURDAY;
            default:
                return DayOfWeek.SUNDAY;
        }
    }

    /** Whether {@code text} announces being away until a known return. */
    public static boolean is(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        // Every form says "until"/"till", a week or weekend, "back " or a span "from" a day: run on the coaching thread
        // for every coached message, most are turned away here without a lowered copy (nor the regular expressions).
        String v = Lowered.view(text);
        if (!Lowered.contains(v, "til") && !Lowered.contains(v, "week") && !Lowered.contains(v, "back ")
                && !Lowered.contains(v, "see ") && !Lowered.contains(v, "catch ") && !Lowered.contains(v, "talk to ")
                && !Lowered.contains(v, "from ") && !Lowered.contains(v, "fortnight")) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        // Cheap first: most messages have none of these words.
        if (!t.contains("off") && !t.contains("away") && !t.contains("afk") && !t.contains("out")
                && !t.contains("gone") && !t.contains("back") && !t.contains("holiday") && !t.contains("vacation")
                && !t.contains("leave") && !t.contains("trip") && !t.contains("me for") && !t.contains("me done")
                && !t.contains("around") && !t.contains("online") && !t.contains("about") && !t.contains("here")
                && !t.contains("on ") && !t.contains("travel") && !t.contains("working") && !t.contains("no ")
                && !t.contains("phone") && !t.contains("at ") && !t.contains("see ") && !t.contains("catch ")
                && !t.contains("talk to ") && !t.contains("buried") && !t.contains("swamped") && !t.contains("snowed")
                && !t.contains("flat out") && !t.contains("up to my") && !t.contains("checking")) {
            return false;
        }
        return GONE_UNTIL.matcher(t).find() || BACK_ON.matcher(t).find();
    }
}
