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

    private HelpRequest() {
    }

    /** Whether {@code text} asks for help in one of the everyday ways. */
    public static boolean is(String text) {
        if (text == null || text.isEmpty()) return false;
        String t = text.toLowerCase(Locale.ROOT);
        for (String p : PHRASES) {
            int at = t.indexOf(p);
            // Whole words only: "help meeting" is not "help me".
            while (at >= 0) {
                boolean startOk = at == 0 || !Character.isLetter(t.charAt(at - 1));
                int end = at + p.length();
                boolean endOk = end == t.length() || !Character.isLetter(t.charAt(end));
                if (startOk && endOk) return true;
                at = t.indexOf(p, at + 1);
            }
        }
        return false;
    }
}
