package dev.rapport.rules.text;

import java.util.Locale;
import java.util.Set;

/**
 * A thank-you, an "ok", a "👍": polite, and worth saying, but not help. Reciprocity counts help given (answers,
 * advice, reviews, introductions, reactions to someone's work); an acknowledgement is counted apart.
 */
public final class Acknowledgement {
    /** Words of thanks and approval that make a short message an acknowledgement. */
    private static final Set<String> THANKS = Set.of("thanks", "thank", "thx", "ty", "tysm", "tyvm", "cheers",
            "appreciate", "appreciated", "grateful", "perfect", "great", "awesome", "nice", "cool", "ok", "okay",
            "noted", "gotcha", "lifesaver", "brilliant", "amazing", "yay", "congrats", "congratulations");
    /** Longer than this, a message with thanks in it usually says something more. */
    private static final int MAX_WORDS_WITH_THANKS = 14;
    /** Up to this, a message without a question or link is a nod ("ok", "will do", "👍"). */
    private static final int MAX_WORDS_OF_A_NOD = 2;

    private Acknowledgement() {
    }

    /** Whether the message only acknowledges: thanks or approval in a few words, no question, no link. */
    public static boolean is(String text, TextFeatures features, boolean hasLinks) {
        if (hasLinks || features.question()) return false;
        if (features.words() <= MAX_WORDS_OF_A_NOD) return true;
        if (features.words() > MAX_WORDS_WITH_THANKS) return false;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
            if (THANKS.contains(w)) return true;
        }
        return false;
    }
}
