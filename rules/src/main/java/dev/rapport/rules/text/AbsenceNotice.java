package dev.rapport.rules.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a message announces that its writer is away until a known return: "off until Monday", "away this weekend",
 * "offline till Tuesday", "that's me for the weekend, back Monday", "on holiday until the 12th". Someone who said so
 * is away, not ignoring anyone: a question put to them after it waits for them to be back. A vague leave with no
 * return ("off to the fair for a few days") does not say when to expect them, and is not one.
 */
public final class AbsenceNotice {
    private static final String DAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed"
            + "|thu|thurs|fri|sat|sun|tomorrow|tmrw|next week|the weekend|the \\d{1,2}(?:st|nd|rd|th)?"
            + "|next (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri))";
    /** Said of oneself: at the start of a sentence or clause, or after "I'm", "I'll be", "heading", "logging"... */
    private static final String SELF = "(?:^|[,.!;:(\\-]\\s*|\\b(?:i|i'?m|i am|i'?ll be|i will be|be|heading|logging"
            + "|signing|going|me)\\s+)";
    /**
     * Busy elsewhere, which keeps one from the chat as surely as being away: on shift ("on nights", "on 4 nights in a
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
     * Being gone, said of oneself ("right, offline till Tuesday", "I'm away this weekend"; not "the shop is out of
     * stock until Monday" or "we sold out this weekend").
     */
    private static final String GONE = SELF + "(?:off|away|offline|afk|out|gone|on (?:holiday|vacation|leave|a trip)"
            + "|(?:not|won'?t be) (?:around|online|about|here)|" + BUSY + ")";
    /** Gone until a day, or for a named span ("off until monday", "away this weekend", "offline for the week"). */
    private static final Pattern GONE_UNTIL = Pattern.compile(GONE + "\\b[^.!?\\n]{0,30}?\\b(?:until|till|til|'til"
            + "|untill) " + DAY + "\\b|" + GONE + " (?:for )?(?:this|the) (?:weekend|week|rest of the week)\\b"
            + "|" + GONE + " (?:all|over the) (?:weekend|week)\\b");
    /**
     * Back on a named day, said of oneself ("back monday", "I'll be back on tuesday", "back next week"; not "bring it
     * back tomorrow"), or done for a span ("that's me for the weekend").
     */
    private static final Pattern BACK_ON = Pattern.compile(SELF + "back (?:on )?" + DAY
            // Taking leave until a named day ("night all, see you thursday", "catch you all on monday").
            + "\\b|" + SELF + "(?:see|catch|talk to) (?:you|ya|u|y'?all|everyone)(?: all| guys| lot)? (?:on )?" + DAY
            + "\\b|\\bthat'?s me (?:done )?for the (?:weekend|week)\\b"
            + "|\\bsigning off (?:for the (?:weekend|week)|until|till)\\b"
            // Gone, then back on a day in the same clause ("I'm off to the coast from today and back on the 4th"): the
            // leaving is said of oneself, so the return is too.
            + "|" + GONE + "\\b[^.!?;\\n]{0,50}?\\band back (?:on )?" + DAY + "\\b");

    private AbsenceNotice() {
    }

    /** Whether {@code text} announces being away until a known return. */
    public static boolean is(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        // Every form says "until"/"till", a week or weekend, or "back ": run on the coaching thread for every coached
        // message, most are turned away here without a lowered copy (nor the regular expressions).
        String v = Lowered.view(text);
        if (!Lowered.contains(v, "til") && !Lowered.contains(v, "week") && !Lowered.contains(v, "back ")
                && !Lowered.contains(v, "see ") && !Lowered.contains(v, "catch ") && !Lowered.contains(v, "talk to ")) {
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
                && !t.contains("flat out") && !t.contains("up to my")) {
            return false;
        }
        return GONE_UNTIL.matcher(t).find() || BACK_ON.matcher(t).find();
    }
}
