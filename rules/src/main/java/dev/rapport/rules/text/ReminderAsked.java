package dev.rapport.rules.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a message asks to be reminded of something, or told when it happens ("could you remind us closer to the
 * time?", "give me a shout when the tickets open", "let us know once it's back", "ping me when it goes up", "keep me
 * posted"). Said under someone's post, it asks them to bring it up again: their next post of it is the favour done,
 * not a push.
 *
 * <p>Only the request to be told at a time to come: "let me know if you need a hand" offers help, "that reminds me"
 * recalls something, and neither asks for the post again.
 */
public final class ReminderAsked {
    /** "remind me/us/everyone", but not "reminds me" (a thought recalled) or "don't remind me". */
    private static final GatedPattern REMIND = GatedPattern.compile("(?<!don't |do not |dont )\\bremind (?:me|us|everyone"
            + "|people|folks?|the rest of us)\\b",
            "remind");
    /** "give me a shout", "drop us a nudge", "send me a heads up" when it happens. */
    private static final GatedPattern SHOUT = GatedPattern.compile("\\b(?:give|drop|send|shoot) (?:me|us) an? (?:shout|nudge"
            + "|heads[ -]?up|ping|reminder|message|line)\\b",
            "give", "drop", "send", "shoot");
    /** "let us know when", "tell me once", "ping me as soon as": told at a time to come. */
    private static final GatedPattern WHEN = GatedPattern.compile("\\b(?:let (?:me|us) know|tell (?:me|us)|ping (?:me|us)"
            + "|message (?:me|us)|shout) (?:when|once|as soon as|the day|the minute|the moment)\\b",
            "know", "tell", "ping", "message", "shout");
    /** "keep me posted", "keep us in the loop". */
    private static final GatedPattern POSTED = GatedPattern.compile("\\bkeep (?:me|us) (?:posted|in the loop|updated)\\b",
            "keep");

    /**
     * "remind us nearer the time", "remind me the week before": a reminder asked for at a time to come, named in the
     * same sentence. Not "remind me what/which/where ...", which asks for the fact now.
     */
    private static final GatedPattern REMIND_LATER = GatedPattern.compile("(?<!don't |do not |dont )\\bremind (?:me|us"
            + "|everyone|people|folks?|the rest of us)\\b(?! (?:what|which|when|where|who|whom|how|why|whether|if|of"
            + "|about)\\b)[^.?!]{0,40}?\\b(?:nearer|closer|beforehand|the (?:day|night|week|morning|evening) before"
            + "|on the (?:day|night|morning)|next week|tomorrow|later on)\\b",
            "remind");

    /**
     * "could you fill us in on how the move goes?", "let me know how it turns out?", "can you report back how the
     * test goes?": to be told how a thing still to come goes, a word asked for once it has happened. Not "how it
     * went", which the person can tell now.
     */
    private static final GatedPattern HOW_IT_GOES = GatedPattern.compile("\\b(?:tell (?:me|us|everyone)|let (?:me|us)"
            + " know|update (?:me|us)|report back(?: on)?|fill (?:me|us) in(?: on)?) how (?:it|that|they|the \\w+"
            + "|your \\w+) (?:goes|go|turns out|turn out|works out|work out|pans out|pan out)\\b",
            "tell", "know", "update", "report", "fill");

    private ReminderAsked() {
    }

    /**
     * Whether {@code text} asks to be reminded at a time it names as to come ("could you remind us closer to the
     * time?"): it asks for a word then, not an answer now. The reminder, when the time comes, is what was asked; a
     * day's silence before it leaves nobody waiting.
     */
    public static boolean forLater(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        // A report asked for once the thing has happened ("can you let me know how the interview goes?") is the same:
        // the report, when it comes, is the answer, and the day before it leaves nobody waiting.
        return REMIND_LATER.find(t) || HOW_IT_GOES.find(t);
    }

    /** Whether {@code text} asks to be reminded, or told when something comes. */
    public static boolean is(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return REMIND.find(t) || SHOUT.find(t) || WHEN.find(t)
                || POSTED.find(t);
    }
}
