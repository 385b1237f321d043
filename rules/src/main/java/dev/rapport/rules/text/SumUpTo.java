package dev.rapport.rules.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A sum said only as a ceiling, "up to £10k", "up to $5,000", with no other sum beside it: what a grant, an award, a
 * prize or a fund gives at most, the amount the reader may apply for, not what anything costs them. Sellers put a price
 * as the sum paid ("£40", "from £40"); a ceiling on money is how a scheme, a call or a competition states what it pays
 * out. Not a saving ("save up to £200", "up to £50 off"), which is a seller's discount, nor a range of prices ("from £5
 * up to £50"), where the other sum is a price.
 */
public final class SumUpTo {
    /** A sum of money written with its currency sign or code. */
    private static final Pattern SUM = Pattern.compile("[£$€]\\s?\\d"
            + "|\\b\\d[\\d,.]*\\s?(?:k\\s)?(?:gbp|usd|eur|quid|bucks|euros?|dollars?|pounds?)\\b");
    /** "up to" before a sum: its ceiling. */
    private static final Pattern UP_TO = Pattern.compile("\\bup to [£$€]\\s?\\d[\\d,.]*(?:\\s?(?:k|m|bn|million|thousand))?\\b");
    /** A ceiling that is a saving: "save up to £200", "saving up to $50", "up to £50 off". */
    private static final Pattern SAVING = Pattern.compile("\\b(?:save|saving|saves|discounts? of|get|earn|earning|make|making)"
            + " up to [£$€]|\\bup to [£$€]\\s?\\d[\\d,.]*(?:\\s?(?:k|m))?\\s+(?:off|discount|cashback|back)\\b");

    private SumUpTo() {
    }

    /** Whether every sum {@code text} names is a ceiling ("up to £12k") and none of them a saving or an earning. */
    public static boolean only(String text) {
        if (text == null) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT);
        if (SAVING.matcher(t).find()) {
            return false;
        }
        int ceilings = 0;
        var up = UP_TO.matcher(t);
        while (up.find()) {
            ceilings++;
        }
        if (ceilings == 0) {
            return false;
        }
        int sums = 0;
        var sum = SUM.matcher(t);
        while (sum.find()) {
            sums++;
        }
        return sums == ceilings;
    }
}
