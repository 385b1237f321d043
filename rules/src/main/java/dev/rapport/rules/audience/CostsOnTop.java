package dev.rapport.rules.audience;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A price stated on the seller's own terms, with the costs of doing the job on top ("£60 plus parts", "€30 an hour +
 * materials", "£200 a day plus travel", "$80 + VAT"), or a mobile trade's visit offered ("I come to you"): only the
 * one who would do the work adds the job's costs to a price or comes out to the buyer, so a post saying so offers work,
 * though it names a service as a buyer would ("bike services ..."). A buyer's own figure ("budget £80", "can pay £60
 * plus parts") offers nothing: the caller keeps questions apart.
 */
public final class CostsOnTop {
    /** A price: a currency sign by a figure, or a figure with a currency word. */
    private static final String PRICE = "(?:[$€£]\\s?\\d[\\d,.]*|\\d[\\d,.]*\\s?(?:[$€£]|euros?|dollars|quid|pounds)"
            + "(?![\\p{L}]))";
    /** The costs of the job itself that a seller adds to a price: parts, materials, travel, tax. */
    private static final String COSTS = "(?:parts|materials|material|travel|mileage|expenses|vat|fuel|call-?out"
            + "|consumables|supplies)";
    /** A price, then within a few words (its unit: "an hour", "a day") the costs on top: "£95 plus parts". */
    private static final Pattern ON_TOP = Pattern.compile(PRICE + "(?:\\s+\\S+){0,3}?\\s*(?:\\+|\\bplus\\b|\\band\\b)\\s*"
            + COSTS + "\\b" + "|\\b" + COSTS + "\\s+(?:extra|on top)\\b");
    /** A mobile trade's terms: "I come to you", "we come to you", "mobile, I'll come to you". */
    private static final Pattern COMES_OUT = Pattern.compile("\\b(?:i|we) (?:come|travel|will come|'ll come) to you\\b"
            + "|\\b(?:i'll|we'll) come to you\\b");
    /** The buyer's own figure: what they would pay, not what the work costs. */
    private static final Pattern BUYERS_FIGURE = Pattern.compile("\\bbudget\\b|\\b(?:can|could|will|would|i'll|happy to)"
            + " pay\\b|\\bpay up to\\b|\\bwilling to pay\\b");

    private CostsOnTop() {
    }

    /** True when {@code text} states a price with the job's costs on top, or offers to come out to the buyer. */
    public static boolean is(String text) {
        if (text == null || text.length() < 8) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (BUYERS_FIGURE.matcher(t).find()) {
            return false;
        }
        return ON_TOP.matcher(t).find() || COMES_OUT.matcher(t).find();
    }
}
