package dev.rapport.rules.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writer is looking for someone to do work for them: "barista needed Sunday, £14/hr, DM me", "still need
 * someone for the 12th", "we're hiring a line cook". The price in such a post is what the writer pays, and "DM me" is
 * where to take the job: hiring is buying work, not selling one's own. A seller's opener put to the reader ("need a
 * logo?", "if you need someone to do your books") asks whether the reader wants what the writer sells, and "no
 * experience needed" describes an offer: neither is a job the writer has to fill. The words are general English for
 * wanting someone.
 */
public final class Hiring {
    /**
     * "cover needed", "tech wanted", "need someone", "looking for somebody", "we're hiring", "now hiring"; not "stop
     * hiring freelancers who ghost you", which sells the remedy.
     */
    private static final Pattern WANTS_SOMEONE = Pattern.compile("\\b(?:needed|wanted)\\b|\\b(?:need|needs|needing) "
            + "(?:someone|somebody|cover)\\b|\\blooking for (?:someone|somebody|cover)\\b"
            + "|(?:^|\\b(?:we're|we are|i'm|i am|now|currently|still) )hiring\\b");
    /** Words before the wish that make it a reader's need or an offer's terms: "if you need someone", "no x needed". */
    private static final Pattern NOT_THE_WRITERS = Pattern.compile("\\b(?:if|you|u|anyone|anybody|no|not|nothing|none"
            + "|as|when|whenever|ever|where|unless|isn't|aren't|never|whoever)\\b");
    /** How far before the wish such a word still governs it, in characters (about three words). */
    private static final int REACH = 24;

    private Hiring() {
    }

    /** Whether {@code text} says, outside a question, that its writer wants someone to do work for them. */
    public static boolean is(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        // Run on every message of a coached person: most name no wish for someone at all, and are turned away here
        // without a lowered copy or the regular expressions. Sound by construction: every match of WANTS_SOMEONE, in
        // the lowered text, holds "need" ("needed", "need someone"...), "wanted", "looking for" or "hiring", and
        // Lowered reads the text as the lowered copy reads (the curly apostrophe the copy then replaces is in none).
        if (!mayWantSomeone(text)) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        Matcher m = WANTS_SOMEONE.matcher(t);
        while (m.find()) {
            int start = sentenceStart(t, m.start());
            int end = sentenceEnd(t, m.end());
            if (end < t.length() && t.charAt(end) == '?') {
                continue;
            }
            if (NOT_THE_WRITERS.matcher(t).region(Math.max(start, m.start() - REACH), m.start()).find()) {
                continue;
            }
            return true;
        }
        return false;
    }

    /** A necessary condition of {@link #WANTS_SOMEONE}: the lowered text has one of the words every match holds. */
    static boolean mayWantSomeone(String text) {
        String v = Lowered.view(text);
        return Lowered.contains(v, "need") || Lowered.contains(v, "wanted") || Lowered.contains(v, "looking for")
                || Lowered.contains(v, "hiring");
    }

    private static int sentenceStart(String t, int at) {
        int start = 0;
        for (int i = at - 1; i >= 0; i--) {
            char c = t.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                start = i + 1;
                break;
            }
        }
        return start;
    }

    private static int sentenceEnd(String t, int at) {
        for (int i = at; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                return i;
            }
        }
        return t.length();
    }
}
