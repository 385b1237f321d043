package dev.rapport.rules.text;

import java.util.List;
import java.util.Locale;

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
            "got stuck", "can't find", "cannot find", "not found", "not detected", "no sound", "freezes", "hangs",
            // what one already tried is how a problem is told: "I tried turning it off and on", "already tried that"
            "i tried", "i've tried", "i have tried", "already tried");
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

    /** Whether {@code text} asks for help in one of the everyday ways. */
    public static boolean is(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return contains(t, PHRASES) || contains(t, PROBLEMS) || contains(t, FAILURE_WORDS) || opensAQuestion(t);
    }

    private static boolean opensAQuestion(String t) {
        String s = t.stripLeading();
        for (String joiner : List.of("but ", "and ", "so ")) {
            if (s.startsWith(joiner)) {
                s = s.substring(joiner.length()).stripLeading();
                break;
            }
        }
        for (String opener : QUESTION_OPENERS) {
            if (s.startsWith(opener)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String t, List<String> phrases) {
        for (String p : phrases) {
            int at = t.indexOf(p);
            // Whole words only: "help meeting" is not "help me".
            while (at >= 0) {
                boolean startOk = at == 0 || !Character.isLetter(t.charAt(at - 1));
                int end = at + p.length();
                boolean endOk = end == t.length() || !Character.isLetter(t.charAt(end));
                if (startOk && endOk) {
                    return true;
                }
                at = t.indexOf(p, at + 1);
            }
        }
        return false;
    }
}
