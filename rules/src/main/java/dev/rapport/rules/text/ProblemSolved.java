package dev.rapport.rules.text;

import java.util.Locale;

/**
 * Whether a message opens by telling that one's own problem is solved: "sorted, it was the relay", "fixed! a loose
 * earth", "all sorted now.", "found it: a cracked hose", "found the fault, the fuse holder", "got it working", "turns
 * out it was the battery". Told to the room by someone who asked it for help, it closes the matter: the questions the
 * helpers put to find the fault ("what size is the fuse?", "is that lead the first one fitted?") were asked to get
 * there, and the outcome answers them, whatever became of each guess.
 *
 * <p>Only at the message's opening, as a word of its own ("sorted," "fixed!"), so "fixed the gate and now the latch
 * sticks", "not sorted yet" or "sorted the paperwork" tell no outcome; a message that also asks is read as a question.
 */
public final class ProblemSolved {
    /**
     * The outcome said first: "sorted", "fixed", "solved", "resolved" (perhaps after "all", "finally", "problem",
     * "issue", "fault", and perhaps with "it", "now", "at last") closed by a mark; "found it", "found the fault",
     * "got it working", "turned out it was".
     */
    private static final GatedPattern OPENING = GatedPattern.compile("^(?:(?:all|finally|problem|issue|fault)\\s+)?"
            + "(?:(?:sorted|fixed|solved|resolved)(?:\\s+(?:it|now|at\\s+last|finally))?\\s*[,.!:;\u2014-]"
            + "|found\\s+(?:it|the\\s+(?:problem|fault|cause|culprit|issue|leak))\\b"
            + "|got\\s+it\\s+(?:working|going|running)\\b"
            + "|turn(?:s|ed)\\s+out\\s+(?:it\\s+was|to\\s+be)\\b)",
            "sorted", "fixed", "solved", "resolved", "found", "got", "turn");

    private ProblemSolved() {
    }

    /** Whether {@code text} opens by telling that the problem is solved (see the class comment). */
    public static boolean opens(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return OPENING.find(text.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }
}
