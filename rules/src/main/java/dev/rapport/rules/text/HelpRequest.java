package dev.rapport.rules.text;

import java.util.List;

/**
 * A request for help that need not be worded as a question: "my screen stays black, can someone help me please",
 * "need help with the printer", "any ideas". People who ask for help describe their own situation, and they ask the
 * room rather than one person; the rules about self-focus must not read that as talking about oneself.
 */
public final class HelpRequest {
    /**
     * Everyday ways of asking for help in any chat (general English, not taken from any data set): a plea for help
     * ("help me", "please help"), a stated need ("need help"), a call for ideas or advice, a request to be told how.
     */
    private static final List<String> PHRASES = List.of("help me", "help please", "please help", "need help",
            "need some help", "any idea", "any ideas", "any advice", "any suggestion", "any suggestions", "any tips", "can you tell me",
            "can anyone tell me", "can someone tell me", "what should i do", "how do i", "how can i");

    /**
     * Everyday ways of reporting a problem, which is asking for help without a question (general English for
     * something that fails, not taken from any data set): "it doesn't work", "won't boot", "I get an error".
     */
    private static final List<String> PROBLEMS = List.of("doesn't work", "does not work", "don't work", "not working",
            "stopped working", "won't work", "won't start", "won't boot", "won't load", "doesn't load", "does not load",
            "get an error", "getting an error", "gives an error", "gives me an error", "error message", "keeps crashing",
            "i can't get", "i cannot get", "i'm stuck", "i am stuck", "having trouble", "having a problem",
            "having problems", "does not show", "doesn't show", "does not boot", "doesn't boot", "gets stuck",
            "got stuck", "can't find", "cannot find", "not found", "not detected", "no sound", "freezes", "hangs");
    /** Single words that report a failure wherever they stand ("error", "crashed"): troubleshooting vocabulary. */
    private static final List<String> FAILURE_WORDS = List.of("error", "errors", "crash", "crashes", "crashed", "broken",
            "fails", "failed", "failing");
    /**
     * A question asked without its question mark starts like one ("why does...", "how do..."), after an optional
     * "but", "and" or "so".
     */
    private static final List<String> QUESTION_OPENERS = List.of("why ", "how do ", "how can ", "how to ", "what is ",
            "where is ", "is there a ", "is it possible ");

    private HelpRequest() {
    }

    private static final Lowered.Phrases WHOLE_WORD_CUES = new Lowered.Phrases(
            java.util.stream.Stream.of(PHRASES, PROBLEMS, FAILURE_WORDS).flatMap(List::stream).toList());
    private static final String[] JOINERS = {"but ", "and ", "so "};

    /**
     * Whether {@code text} asks for help in one of the everyday ways. Read as its lower-cased copy with
     * typographic apostrophes made plain would be, in one pass over the text for all the phrases at once.
     */
    public static boolean is(String text) {
        if (text == null || text.isEmpty()) return false;
        String t = Lowered.view(text);
        return containsWholeWords(t) || opensAQuestion(t);
    }

    /** The character at {@code i} as the cues read it: lower-cased, a typographic apostrophe made plain. */
    private static char at(String t, int i) {
        char c = t.charAt(i);
        return c == '\u2019' ? '\'' : Lowered.at(t, i);
    }

    private static boolean startsWith(String t, int at, String phrase) {
        if (at + phrase.length() > t.length()) return false;
        for (int k = 0; k < phrase.length(); k++) {
            if (at(t, at + k) != phrase.charAt(k)) return false;
        }
        return true;
    }

    private static boolean opensAQuestion(String t) {
        int s = stripLeading(t, 0);
        for (String joiner : JOINERS) {
            if (startsWith(t, s, joiner)) {
                s = stripLeading(t, s + joiner.length());
                break;
            }
        }
        for (String opener : QUESTION_OPENERS) if (startsWith(t, s, opener)) return true;
        return false;
    }

    /** Where the text from {@code from} starts once leading white space is left out, as {@code stripLeading}. */
    private static int stripLeading(String t, int from) {
        int i = from;
        while (i < t.length()) {
            int cp = t.codePointAt(i);
            if (!Character.isWhitespace(cp)) break;
            i += Character.charCount(cp);
        }
        return i;
    }

    /** Whole words only: "help meeting" is not "help me". */
    private static boolean containsWholeWords(String t) {
        int n = t.length();
        for (int at = 0; at < n; at++) {
            String[] candidates = WHOLE_WORD_CUES.startingWith(at(t, at));
            if (candidates.length == 0) continue;
            if (at > 0 && Character.isLetter(at(t, at - 1))) continue;
            for (String p : candidates) {
                int end = at + p.length();
                if (startsWith(t, at, p) && (end == n || !Character.isLetter(at(t, end)))) return true;
            }
        }
        return false;
    }
}
