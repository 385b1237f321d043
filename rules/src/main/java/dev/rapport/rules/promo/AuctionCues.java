package dev.rapport.rules.promo;

import java.util.Set;

/**
 * One's own thing put up at auction, with the page where it is bid on: "my old Leica is up for auction, bids welcome:
 * …", "two days left on my auction …", "my lot closes tonight …". An auction is a sale by bids, so one's own lot with
 * its link is selling in the first person however few words of sale it uses. Without a link it is news; "my lot" with no
 * word of an auction is one's people ("my lot are off to the coast"), and someone else's auction ("the museum's
 * auction") or a question about one ("is my lot still up?") sells nothing.
 */
final class AuctionCues implements CueFinder {
    /** How many words after "my" the auction's noun may come ("my signed 1970s first-edition lot"). */
    private static final int NOUN_REACH = 5;

    @Override
    public void find(PromoTokens t, Set<Cue> found) {
        if (t.links() == 0 || found.contains(Cue.SELLING)) {
            return;
        }
        for (int i = 0; i < t.size(); i++) {
            if (t.inQuestion(i) || !(t.isWord(i, "my") || t.isWord(i, "our"))) {
                continue;
            }
            for (int j = i + 1; j <= i + NOUN_REACH && !t.isBreak(j); j++) {
                if (t.isWord(j, "auction") || t.isWord(j, "lot") && auctionWord(t)) {
                    found.add(Cue.SELLING);
                    return;
                }
            }
        }
    }

    /** A word only an auction uses: the auction itself, its bids, or its lot's close ("ends Sunday", "closes tonight"). */
    private static boolean auctionWord(PromoTokens t) {
        for (int i = 0; i < t.size(); i++) {
            if (!t.isKind(i, TokenKind.WORD)) {
                continue;
            }
            String w = t.text(i);
            if (w.equals("auction") || w.equals("bid") || w.equals("bids") || w.startsWith("bidding")
                    || w.equals("ends") || w.equals("closes") || w.equals("ending") || w.equals("closing")) {
                return true;
            }
        }
        return false;
    }
}
