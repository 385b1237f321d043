package dev.rapport.rules.text;

import java.util.Locale;
import java.util.Set;

/**
 * What a reaction says to the one who asked: most emoji put on a question say yes or thanks (a thumbs-up to "still on
 * for Friday?", a heart to "could you send me the file?"), and close it as an answer would. A few say only that it was
 * seen or is being thought about: 👀 ("looking", "noted"), 👁, 🤔 and 🧐 (thinking), ⏳ and ⌛ (later), ❓ and ❔
 * (what do you mean?), 🤷 (no idea). They leave the question waiting: a look at "who has the hall key over the
 * holidays?" tells nobody who has it.
 */
public final class ReactionMeaning {
    /** The first code point of each emoji that only says "seen" or "thinking"; skin tones and gender signs follow it. */
    private static final Set<Integer> SEEN_ONLY = Set.of(0x1F440, 0x1F441, 0x1F914, 0x1F9D0, 0x23F3, 0x231B, 0x2753,
            0x2754, 0x1F937);
    /** The same as words, for a server's own emoji named after them ("eyes_blink", "thonk"). */
    private static final String[] SEEN_ONLY_NAMES = {"eyes", "eye", "looking", "thinking", "thonk", "hmm", "hourglass",
            "question", "shrug", "monocle"};

    /** Words that open a question only words answer: a time, a place, a thing, a way, an amount, a reason. */
    private static final Set<String> FACT_WORDS = Set.of("when", "when's", "whens", "where", "where's", "wheres",
            "what", "what's", "whats", "which", "how", "how's", "hows", "why");
    /** "how about Friday?", "what about the van?", "what if it rains?": a proposal a thumbs-up agrees to. */
    private static final Set<String> PROPOSING = Set.of("about", "abt", "if");
    /** Words that lead into a clause without being its own ("so when's it due?"). */
    private static final Set<String> LEAD_INS = Set.of("so", "and", "but", "also", "btw", "ok", "okay", "oh");

    private ReactionMeaning() {
    }

    /**
     * Whether a reaction can answer {@code question} at all: a yes, a thanks or a "me" answers "still on for Friday?",
     * "could you send the file?" or "who's in for darts?", but a thumbs-up to "when's it coming down?" gives no date,
     * and to "which size do you need?" no size. A question whose clause before a "?" opens with when, where, what,
     * which, how or why (not "how about ...", a proposal) asks for words, and only words answer it.
     */
    public static boolean canAnswer(String question) {
        if (question == null) {
            return true;
        }
        String t = question.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        for (int mark = t.indexOf('?'); mark >= 0; mark = t.indexOf('?', mark + 1)) {
            int start = mark;
            while (start > 0 && ".,!?;:\n(".indexOf(t.charAt(start - 1)) < 0) {
                start--;
            }
            String[] words = t.substring(start, mark).trim().split("\\s+");
            int first = firstWord(words);
            if (first < words.length && FACT_WORDS.contains(words[first])
                    && !(first + 1 < words.length && PROPOSING.contains(words[first + 1]))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a clause's own words begin: after a leading "so", "and", "but", "also", "btw", "ok" or "oh", and after a
     * mention ("@Dean Holloway when's it coming down?", the name's words included, up to three of them).
     */
    private static int firstWord(String[] words) {
        int i = 0;
        while (i < words.length && LEAD_INS.contains(words[i])) {
            i++;
        }
        if (i < words.length && (words[i].startsWith("@") || words[i].startsWith("<@"))) {
            for (int k = i; k < words.length && k <= i + 3; k++) {
                if (FACT_WORDS.contains(words[k])) {
                    return k;
                }
            }
        }
        return i;
    }

    /** Whether a reaction with {@code emoji} answers the question it is put on; true when the emoji is not known. */
    public static boolean answers(String emoji) {
        if (emoji == null || emoji.isEmpty()) {
            return true;
        }
        int first = emoji.codePointAt(0);
        if (first >= 0x80) {
            return !SEEN_ONLY.contains(first);
        }
        String name = emoji.toLowerCase(Locale.ROOT);
        for (String seen : SEEN_ONLY_NAMES) {
            if (name.contains(seen)) {
                return false;
            }
        }
        return true;
    }
}
