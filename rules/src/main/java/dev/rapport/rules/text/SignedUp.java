package dev.rapport.rules.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Signing up for a share of a group's work, and being handed directions for it. "In. I'll do the Tuesday rota", "in for
 * the stall and the raffle", "count me in", "I'm in": a reply to someone's call for helpers that says yes at its
 * opening (general English of joining in). The caller's request under it ("could you start with the raffle prizes?")
 * directs the share just taken on: the helper said yes already, and the work answers it.
 */
public final class SignedUp {
    /** "in" said as a yes at the opening: alone, or "in for ...", after "I'm", "I am", "count me". */
    private static final Pattern JOINS = Pattern.compile(
            "^(?:(?:i'?m|i am|count me)\\s+)?in(?:\\s*[.!,:;]|\\s+for\\b|\\s*$)");
    /** A request for a piece of work put to the reader: "could you", "can you", "would you", "will you". */
    private static final Pattern REQUEST = Pattern.compile(
            "\\b(?:could|can|would|will)\\s+you\\s+(?!tell|let|say|confirm)\\p{L}+");
    /** Question words that ask for an answer rather than hand over work. */
    private static final Pattern ASKS = Pattern.compile("\\b(?:what|which|when|where|who|why|how|whether|if)\\b");

    private SignedUp() {
    }

    /** Whether {@code text} opens by signing up: "in.", "in for ...", "count me in", "I'm in". */
    public static boolean says(String text) {
        if (text == null || text.isEmpty() || text.indexOf('?') >= 0) {
            return false;
        }
        String s = text.strip();
        // Read for every reply under someone else's message: most open with neither "i" nor "count", and are let go
        // before the whole text is lowered.
        if (s.isEmpty() || "iIcC".indexOf(s.charAt(0)) < 0) {
            return false;
        }
        return JOINS.matcher(s.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).find();
    }

    /**
     * Whether {@code text} only hands the reader a piece of work as a request ("could you start with the raffle
     * prizes?"): its one question is a "could you" and a verb, with no question word asking for an answer.
     */
    public static boolean direction(String text) {
        if (text == null) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        int mark = t.indexOf('?');
        if (mark < 0 || t.indexOf('?', mark + 1) >= 0) {
            return false;
        }
        int start = Math.max(Math.max(t.lastIndexOf('.', mark), t.lastIndexOf('!', mark)),
                t.lastIndexOf('\n', mark)) + 1;
        String asked = t.substring(start, mark);
        return REQUEST.matcher(asked).find() && !ASKS.matcher(asked).find();
    }
}
