package dev.rapport.rules.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A question whether a post is allowed where it was put ("is this allowed in here?", "is that ok in this channel?",
 * "isn't this against the rules?"). It asks about the room's rules, which those who run the room answer; said under
 * someone's post it questions the post in front of the room, and the poster owes it no answer of their own. General
 * chat: whether something is allowed is a moderator's word, not the poster's.
 */
public final class AllowedHere {
    /**
     * The question opens the message and points at the post: whether this or that is allowed, permitted or against
     * the rules, or ok here. Not "is it ok if I come at six?", which asks the one spoken to for leave.
     */
    private static final Pattern ASKED = Pattern.compile("^\\s*(?:is|isn'?t|are|aren'?t)\\s+(?:this|that|these"
            + "|those)\\s+(?:even\\s+|really\\s+|actually\\s+)?(?:(?:allowed|permitted|against\\s+the\\s+rules)\\b"
            + "|(?:ok|okay)\\s+(?:here|in\\s+here|in\\s+this\\s+(?:channel|room|group|server))\\b)[^?.!]{0,40}\\?");

    private AllowedHere() {
    }

    /** Whether {@code text} opens by asking whether a post is allowed there (see the class comment). */
    public static boolean asks(String text) {
        if (text == null || text.indexOf('?') < 0) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (!t.contains("allowed") && !t.contains("permitted") && !t.contains("ok") && !t.contains("rules")) {
            return false;
        }
        return ASKED.matcher(t).find();
    }
}
