package dev.rapport.rules.promo;

import java.util.Set;

/**
 * Ways of putting a price on one's own thing without a figure: "pay what you want", "PWYW", "name your price",
 * "free, or tip what you like", "launch discount", "introductory price", "early bird price". Sellers say them of what
 * they offer; next to the link where the thing is had, they make the post an offer like "only $5: https://...". Said
 * without a link ("the museum is pay what you want on Sundays", "we tried a launch discount once") it talks about
 * pricing, and asked about ("is it pay what you want?") it offers nothing: neither is a cue.
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

    @Override
    public void find(PromoTokens t, Set<Cue> found) {
        if (!t.anywhereIn(STARTS.bit()) || found.contains(Cue.PRICE_OFFER) || !linkToContent(t)) {
            return;
        }
        for (int i = 0; i < t.size(); i++) {
            if (t.in(i, STARTS) && !t.inQuestion(i) && framing(t, i)) {
                found.add(Cue.PRICE_OFFER);
                return;
            }
        }
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
