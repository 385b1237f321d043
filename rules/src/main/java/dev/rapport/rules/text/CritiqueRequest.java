package dev.rapport.rules.text;

import java.util.Locale;

/**
 * A request for critique of one's own work: "would love honest feedback on my landing page", "roast my pricing
 * page", "tear my intro apart", "is the second paragraph too long?", "thoughts?". In a channel made for feedback,
 * showing one's work with such a request asks the members for their eye; it is not pushing the work on them.
 *
 * <p>Only the request counts, never the channel alone: a launch, a release or a discount posted into a feedback
 * channel with no question and no word of critique is still a plug, and the engine also requires that the message
 * sells nothing (no price, no code, no "buy").
 */
public final class CritiqueRequest {
    /** General English for asking others to judge one's work. */
    private static final String[] PHRASES = {
            "feedback", "critique", "crit ", "crits", "roast", "tear it apart", "tear this apart", "rip it apart",
            "rip this apart", "be honest", "be brutal", "be gentle", "honest opinion", "your opinion",
            "opinions", "thoughts", "what do you think", "what do you all think", "what you think", "what would you change",
            "how can i improve", "how could i improve", "what could be better", "any tips", "any notes", "notes welcome",
            "ears on", "eyes on", "a second pair of eyes", "sanity check", "vibe check"};

    private CritiqueRequest() {
    }

    /** Whether {@code text} asks for critique: a word of critique, or a question. */
    public static boolean is(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        if (text.indexOf('?') >= 0) {
            return true;
        }
        String t = text.toLowerCase(Locale.ROOT);
        for (String p : PHRASES) {
            if (t.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
