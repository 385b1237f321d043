package dev.rapport.rules.promo;

import java.util.Set;

/**
 * Ways of putting a price on one's own thing without a figure: "pay what you want", "PWYW", "name your price",
 * "free, or tip what you like", "launch discount", "introductory price", "early bird price". Sellers say them of what
 * they offer; next to the link where the thing is had, they make the post an offer like "only $5: https://...". Said
 * without a link ("the museum is pay what you want on Sundays", "we tried a launch discount once") it talks about
 * pricing, and asked about ("is it pay what you want?") it offers nothing: neither is a cue.
 *
 * <p>So is a price held only until a deadline ("members' rate until Friday", "last 3 days of the spring price"): a
 * seller sets the date a price ends to make buyers hurry, whatever the price is called, and next to the page where
 * the thing is had it is the same opening offer as "launch discount".
 */
final class PriceFramings implements CueFinder {
    /** The words a price framing starts with (each a case of {@link #framing}). */
    static final WordList STARTS = WordList.of(53, "pay", "pwyw", "name", "tip", "launch", "intro", "introductory",
            "early");
    /** What the buyer is left to choose: "pay what you want", "tip what you like", "pay what you can". */
    static final WordList CHOOSING = WordList.of(54, "want", "like", "wish", "can", "feel", "think");
    /** What an opening offer lowers: "launch price", "introductory discount", "early bird rate". */
    static final WordList OPENING_OFFERS = WordList.of(55, "price", "prices", "pricing", "discount", "offer", "sale",
            "deal", "rate");

    /** Words that hold a price until a day: "until Friday", "till tonight". */
    private static final String[] UNTIL = {"until", "till", "til", "thru", "through"};
    /** Tokens a deadline may stand from the price it holds: "rate till Sunday", "price for members until Friday". */
    private static final int DEADLINE_REACH = 4;

    @Override
    public void find(PromoTokens t, Set<Cue> found) {
        boolean starts = t.anywhereIn(STARTS.bit());
        boolean priced = t.anywhereIn(OPENING_OFFERS.bit());
        if (!starts && !priced || found.contains(Cue.PRICE_OFFER) || !linkToContent(t)) {
            return;
        }
        for (int i = 0; i < t.size(); i++) {
            if (t.inQuestion(i)) {
                continue;
            }
            if (starts && t.in(i, STARTS) && framing(t, i) || priced && t.in(i, OPENING_OFFERS) && heldUntil(t, i)) {
                found.add(Cue.PRICE_OFFER);
                return;
            }
        }
    }

    /**
     * The price word {@code i} is held until a deadline in its own clause: "rate till Sunday" after it, "last 2 days
     * of the rate" before it. Someone who paid it ("I paid the member rate until March") reports a purchase.
     */
    private static boolean heldUntil(PromoTokens t, int i) {
        if (t.anywhereIn(ShopCues.PAID.bit())) {
            return false;
        }
        for (int j = i + 1; j <= i + DEADLINE_REACH && !t.isBreak(j); j++) {
            if (until(t, j) && (t.in(j + 1, ShopCues.DEADLINE_DAYS) || t.isWord(j + 1, "the") && t.isWord(j + 2, "end"))) {
                return true;
            }
        }
        // "last 2 days of the founders' price", "final 48 hours of the offer": the four words of the period, then the
        // price's own name ("the early access member rate")
        for (int j = i - 1; j >= 0 && j >= i - DEADLINE_REACH - 4 && !t.isBreak(j); j--) {
            if ((t.isWord(j, "last") || t.isWord(j, "final")) && (t.isKind(j + 1, TokenKind.NUMBER)
                    || t.in(j + 1, ShopCues.NUMBER_WORDS)) && t.in(j + 2, ShopCues.OFFER_PERIODS)
                    && t.isWord(j + 3, "of")) {
                return true;
            }
        }
        return false;
    }

    private static boolean until(PromoTokens t, int j) {
        for (String word : UNTIL) {
            if (t.isWord(j, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean framing(PromoTokens t, int i) {
        if (t.isWord(i, "pwyw")) {
            return true;
        }
        if (t.isWord(i, "pay") || t.isWord(i, "tip")) {
            // "pay what you want", "tip what you like"
            return t.isWord(i + 1, "what") && t.isWord(i + 2, "you") && t.in(i + 3, CHOOSING);
        }
        if (t.isWord(i, "name")) {
            // "name your price", "name your own price"
            int p = t.isWord(i + 2, "own") ? i + 3 : i + 2;
            return t.isWord(i + 1, "your") && t.isWord(p, "price");
        }
        if (t.isWord(i, "early")) {
            return t.isWord(i + 1, "bird") && t.in(i + 2, OPENING_OFFERS);
        }
        // "launch discount", "intro price", "introductory offer"
        return t.in(i + 1, OPENING_OFFERS);
    }

    /** A link the thing can be had at: not one to help pages or a picture. */
    private static boolean linkToContent(PromoTokens t) {
        for (int i = 0; i < t.size(); i++) {
            if (t.kind(i) == TokenKind.LINK && t.linkKind(i) != LinkKind.HELP && t.linkKind(i) != LinkKind.PICTURE) {
                return true;
            }
        }
        return false;
    }
}
