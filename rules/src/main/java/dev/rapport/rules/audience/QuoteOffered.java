package dev.rapport.rules.audience;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A quote or an estimate offered on the seller's terms: "free quotes", "estimates are free", "no-obligation quote",
 * "happy to quote". Only the one who would do the work gives a quote, so a post saying so offers work, though "quotes"
 * is a buyer's word too ("quotes please, DM me"). Asked ("anyone do free quotes?"), it asks for one: the caller keeps
 * questions apart.
 */
public final class QuoteOffered {
    private static final Pattern OFFERED = Pattern.compile("\\b(?:free|no[- ]obligation|no[- ]charge)\\s+"
            + "(?:quotes?|estimates?|consultations?|site\\s+visits?)\\b"
            + "|\\b(?:quotes?|estimates?|consultations?)\\s+(?:are\\s+|is\\s+|always\\s+)*(?:free|no\\s+charge)\\b"
            + "|\\bhappy\\s+to\\s+(?:quote|give\\s+(?:you\\s+)?a\\s+quote)\\b");

    private QuoteOffered() {
    }

    /** True when {@code text} offers quotes or estimates on the seller's terms (see the class comment). */
    public static boolean is(String text) {
        if (text == null || text.length() < 8) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT);
        return (t.contains("quot") || t.contains("estimat") || t.contains("consult") || t.contains("visit"))
                && OFFERED.matcher(t).find();
    }
}
