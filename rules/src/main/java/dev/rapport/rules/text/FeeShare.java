package dev.rapport.rules.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fee stated as a share of what the client gets ("15% of the payout", "10% of whatever we recover", "a 20% cut of
 * the refund") or as a fee owed only on winning ("no win no fee"): the terms of a paid service, as plainly as a price
 * is, said the way agents, claims handlers and recovery firms charge. A share that takes nothing ("I'm 90% sure", "10%
 * of the room left early") names no fee: only a share of a sum won, settled or recovered counts.
 */
public final class FeeShare {
    /** A share of the sum the client gets: "8% of the settlement", "12 percent of what you recover". */
    private static final Pattern SHARE_OF_THE_SUM = Pattern.compile("\\b\\d+(?:[.,]\\d+)?\\s?(?:%|percent|per cent)"
            + "\\s+(?:cut\\s+)?(?:of|on)\\s+(?:the|your|any|whatever|what)\\s+(?:\\w+\\s+){0,2}?(?:settlement|payout"
            + "|pay-out|award|compensation|claim|refund|recovery|recovered|recover|win|winnings|rebate|damages)\\b");
    /**
     * A buyer's price said as a share of the going value of what they buy: "I pay 80% of scrap", "we'll give you 70% of
     * spot for coins", "offering 60% of retail". Dealers in gold, stock and second-hand goods quote their price so, and it
     * states the terms of a deal as plainly as a sum in pounds. Only the buyer's own verb with a value the trade prices by
     * counts: "I paid 80% of the asking price" (a price once paid) or "we pay 20% of the bills" name no offer.
     */
    private static final Pattern PAID_AT_A_SHARE = Pattern.compile("\\b(?:i|we)(?:'ll|'d|\\s+will|\\s+would|\\s+can)?"
            + "\\s+(?:pay|give|offer)(?:\\s+you)?\\s+(?:up\\s+to\\s+|at\\s+least\\s+|around\\s+|about\\s+)?"
            + "\\d+(?:[.,]\\d+)?\\s?(?:%|percent|per cent)\\s+(?:of|on)\\s+(?:the\\s+)?(?:scrap|spot|melt|bullion|retail"
            + "|market|trade|book|list|catalogue|catalog|auction)(?:\\s+(?:value|price|rate))?\\b");
    /** A fee owed only on winning: "no win no fee", "no win, no fee". */
    private static final Pattern NO_WIN_NO_FEE = Pattern.compile("\\bno\\s+win,?\\s+no\\s+fee\\b");

    /**
     * A share the firm takes, said as its fee: "we take 25%", "I charge 15 percent", "a 30% success fee", "20% commission
     * fee". The firm's own verb or the word "fee" makes the share a charge; "I'm 90% sure" and "we got 80% back" name none.
     */
    private static final Pattern CHARGED = Pattern.compile("\\b(?:we|i) (?:take|charge|keep) (?:just |only |a flat )?"
            + "\\d+(?:[.,]\\d+)?\\s?(?:%|percent|per cent)|\\b\\d+(?:[.,]\\d+)?\\s?(?:%|percent|per cent)\\s+"
            + "(?:success |finder's |finders |commission |contingency |flat )?fee\\b");

    /**
     * Takings shared between the two sides of a deal, said as a ratio adding up to a hundred ("a 50/50 split", "a 70/30
     * door split", "60/40 to the venue", "split 70/30 your way"): how machine operators, promoters and consignment
     * sellers state their terms, as plainly as a price (since session 65). Only with a word of sharing beside it (one
     * word, what is shared, may stand between): "a 50/50 chance" or a date ("10/12 at the hall") names no deal.
     */
    private static final Pattern SPLIT = Pattern.compile("\\b(\\d{1,2})\\s?[/-]\\s?(\\d{1,2})\\s+(?:(?:\\p{L}+\\s+)?"
            + "(?:split|share|cut|basis|deal)|to (?:the|you|your)\\b|(?:your|our|my|their) way"
            + "|in (?:your|our|my) favou?r)|\\bsplit (?:it |the takings )?(\\d{1,2})\\s?[/-]\\s?(\\d{1,2})\\b");

    private FeeShare() {
    }

    /** Whether the lower-cased {@code t} states the takings shared as a ratio of a hundred ({@link #SPLIT}). */
    static boolean split(String t) {
        if (t == null || t.indexOf('/') < 0 && t.indexOf('-') < 0) {
            return false;
        }
        Matcher m = SPLIT.matcher(t);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 3;
            if (Integer.parseInt(m.group(g)) + Integer.parseInt(m.group(g + 1)) == 100) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the lower-cased {@code t} states a fee as a share in any of the ways a service names its charge: those of
     * {@link #named}, or the share the firm takes or charges ({@link #CHARGED}). A sentence saying so states the terms
     * of a sale as a price does.
     */
    public static boolean stated(String t) {
        return named(t) || t != null && (t.contains("%") || t.contains("per")) && CHARGED.matcher(t).find();
    }

    /**
     * Whether the lower-cased {@code t} states a fee as a share of a sum won or recovered, "no win no fee", a buyer's
     * price as a share of the going value ({@link #PAID_AT_A_SHARE}), or the takings split as a ratio ({@link #SPLIT}).
     */
    public static boolean named(String t) {
        return t != null && (t.contains("%") || t.contains("per") || t.contains("no win"))
                && (SHARE_OF_THE_SUM.matcher(t).find() || NO_WIN_NO_FEE.matcher(t).find()
                || PAID_AT_A_SHARE.matcher(t).find()) || split(t);
    }
}
