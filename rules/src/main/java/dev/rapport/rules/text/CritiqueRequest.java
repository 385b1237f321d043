package dev.rapport.rules.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A request for critique of one's own work: "would really love honest feedback on my landing page", "roast my pricing
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
            "opinions", "thoughts", "what do you think", "what do you all think", "what you think",
            "how can i improve", "how could i improve", "what could be better", "any tips", "any notes", "notes welcome",
            "a second pair of eyes", "sanity check"};

    /**
     * The families of asking for an eye or an ear: a sense lent ("eyes on this", "fresh ears on the mix", "a quick
     * listen", "a second look"; not a bare "give it a listen", which a launch says), a check of how it lands ("gut
     * check on the cover", "a sanity check"), or what the reader would do ("what would you tweak", "what I should
     * cut", "what would you do differently").
     */
    private static final Pattern ASKS_AN_EYE = Pattern.compile("\\b(?:eyes|ears) on\\b"
            + "|\\bfresh (?:eyes|ears)\\b|\\ba (?:quick|second|fresh|critical|honest) listen\\b"
            + "|\\ba (?:second|fresh|critical) look\\b|\\b(?:gut|vibe|reality) check\\b"
            + "|\\bwhat (?:(?:would|should|could) (?:you|i|we)|(?:you|i|we) (?:would|should|could)) "
            + "(?:change|improve|tweak|cut|fix|do differently)\\b");

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
        return ASKS_AN_EYE.matcher(t).find();
    }
}
