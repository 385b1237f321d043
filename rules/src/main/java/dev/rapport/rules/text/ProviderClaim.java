package dev.rapport.rules.text;

import java.util.Locale;
import java.util.Set;

/**
 * Whether the writer says they provide something themselves: "I" or "we" with a verb of providing a paid thing within
 * the next two words ("I run a weekend course", "we also teach it", "I'm offering two places", "I sell these"). Said
 * beside a price and the page where it is had, it makes the priced thing the writer's own offer rather than a product
 * someone recommends ("the one I use is $30 at …" provides nothing). Buying, using and paying are not providing.
 */
public final class ProviderClaim {
    /** The writer, alone or with their business: the subject of a provider's sentence. */
    private static final Set<String> WRITER = Set.of("i", "i'm", "im", "we", "we're", "were", "i've", "we've");
    /** Verbs of providing a paid thing, as a provider speaks of their trade (general English). */
    private static final Set<String> PROVIDING = Set.of("run", "runs", "running", "teach", "teaching", "sell",
            "selling", "offer", "offering", "host", "hosting", "coach", "coaching", "tutor", "tutoring");
    /** Words between the subject and the verb are few: "I also run", "we still sell". */
    private static final int REACH = 2;

    /**
     * "I do" or "we do" with the units a paid service is sold in ("I do portrait sessions", "we also do group lessons",
     * "I do commissions"): the plainest way a provider names their trade. "I do that too", "we do agree" sell nothing.
     */
    private static final java.util.regex.Pattern DOES_SESSIONS = java.util.regex.Pattern.compile("\\b(?:i|we)"
            + "(?:\\s+(?:also|still|now))?\\s+do\\s+(?:[\\w'-]+\\s+){0,2}?(?:sessions|lessons|classes|courses|workshops"
            + "|readings|shoots|commissions|consultations|tours|packages|repairs|fittings|portraits)\\b");

    private ProviderClaim() {
    }

    /** Whether {@code text} has the writer say they provide something ("I run a course", "we sell them"). */
    public static boolean in(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        int n = t.length();
        // The words are scanned in place, keeping the last few seen since a subject: no split, no allocation per word
        // beyond the substring compared (the check runs only on priced answers with a link).
        int sinceWriter = -1;
        int i = 0;
        while (i < n) {
            while (i < n && !wordChar(t.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && wordChar(t.charAt(i))) {
                i++;
            }
            if (start == i) {
                break;
            }
            String w = t.substring(start, i);
            if (sinceWriter >= 0 && sinceWriter < REACH + 1 && PROVIDING.contains(w)) {
                return true;
            }
            if (WRITER.contains(w)) {
                sinceWriter = 0;
            } else if (sinceWriter >= 0) {
                sinceWriter++;
            }
        }
        return DOES_SESSIONS.matcher(t).find();
    }

    private static boolean wordChar(char c) {
        return Character.isLetter(c) || c == '\'';
    }
}
