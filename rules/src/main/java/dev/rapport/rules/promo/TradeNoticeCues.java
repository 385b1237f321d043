package dev.rapport.rules.promo;

import java.util.Set;

/**
 * A trader's notice to the room, with the page where it is taken up: stock announced as just listed ("just listed two
 * brass lamps: …"), places still open or spaces to let on one's own thing ("four seats left on the course: …", "desks
 * free from March: …"), and a dealer's offer to buy people's things ("cash paid for old cameras: …"). Each is how a trade
 * advertises, offering the room something to take up at the link, however few words of sale it has. Without a link it
 * is news or talk ("two places left in the car", "I just listed the files"); inside a question it asks, it offers
 * nothing ("any spots left?").
 */
final class TradeNoticeCues implements CueFinder {
    @Override
    public void find(PromoTokens t, Set<Cue> found) {
        if (t.links() == 0 || found.contains(Cue.TRADE_NOTICE)) {
            return;
        }
        for (int i = 0; i < t.size(); i++) {
            if (t.inQuestion(i)) {
                continue;
            }
            if (t.isWord(i, "listed") && justListed(t, i) || placesOpen(t, i) || cashPaid(t, i)) {
                found.add(Cue.TRADE_NOTICE);
                return;
            }
        }
    }

    /**
     * "just listed a box of lenses", "I've newly listed three prints": stock one has just put up for sale, the way a
     * seller tells of new listings (the subject dropped or in the first person). Not a listing of "the" files or "them":
     * showing what a folder holds names the things already talked of, not new stock.
     */
    private static boolean justListed(PromoTokens t, int i) {
        if (!t.isWord(i - 1, "just") && !t.isWord(i - 1, "newly")) {
            return false;
        }
        int before = i - 2;
        boolean firstPerson = t.isBreak(before) || t.isWord(before, "i") || t.isWord(before, "i've")
                || t.isWord(before, "ive") || t.isWord(before, "we") || t.isWord(before, "we've")
                || t.isWord(before, "have") && (t.isWord(before - 1, "i")
                || t.isWord(before - 1, "we"));
        return firstPerson && t.isKind(i + 1, TokenKind.WORD) && !t.isWord(i + 1, "the") && !t.isWord(i + 1, "them")
                && !t.isWord(i + 1, "it") && !t.isWord(i + 1, "those") && !t.isWord(i + 1, "these")
                && !t.isWord(i + 1, "all") && !t.isWord(i + 1, "that") && !t.isWord(i + 1, "this");
    }

    /**
     * "our course has three places left", "only 2 spots left on my workshop", "studio desks free from May", "pitches
     * available this summer": places on one's own thing still open, or space to let, announced with where to take them.
     * "Left" and "remaining" need a count and one's own thing in the clause ("my", "our"): the club trip's "8 places
     * left" with the members' list is a figure brought to the room, and "trailing spaces left" no offer at all. "Free"
     * and "available" need the places to head their clause ("desks free …"), as a notice to let is headed; "12 spaces
     * free" is a figure, "no spaces free" or "any spots free" offer none.
     */
    private static boolean placesOpen(PromoTokens t, int i) {
        if (!place(t, i)) {
            return false;
        }
        int at = i + 1;
        if (t.isWord(at, "left") || t.isWord(at, "remaining")) {
            return counted(t, i - 1) && ownInClause(t, i);
        }
        if (!t.isWord(at, "free") && !t.isWord(at, "available")) {
            return false;
        }
        // the places head their clause, perhaps after one word saying what kind ("studio desks free")
        return t.isBreak(i - 1) || t.isKind(i - 1, TokenKind.WORD) && t.isBreak(i - 2)
                && !t.isWord(i - 1, "no") && !t.isWord(i - 1, "any") && !t.isWord(i - 1, "the");
    }

    /** "My" or "our" in the clause of token {@code i}: the thing whose places are told of is the writer's own. */
    private static boolean ownInClause(PromoTokens t, int i) {
        for (int j = i - 1; !t.isBreak(j); j--) {
            if (t.is(j, Lexicon.MY)) {
                return true;
            }
        }
        for (int j = i + 1; !t.isBreak(j); j++) {
            if (t.is(j, Lexicon.MY)) {
                return true;
            }
        }
        return false;
    }

    /** The plural nouns of places people book or rent: places on a course, seats, spots, spaces, desks, pitches. */
    private static boolean place(PromoTokens t, int i) {
        return t.isWord(i, "places") || t.isWord(i, "spots") || t.isWord(i, "seats") || t.isWord(i, "spaces")
                || t.isWord(i, "desks") || t.isWord(i, "pitches") || t.isWord(i, "berths");
    }

    /** A count of places before them: "three", "2", "a few", "only two" (never "no" or "zero"). */
    private static boolean counted(PromoTokens t, int i) {
        if (t.isKind(i, TokenKind.NUMBER) && !t.isNumber(i, "0")) {
            return true;
        }
        if (t.isWord(i, "few")) {
            return true;
        }
        return t.in(i, ShopCues.NUMBER_WORDS) && !t.isWord(i, "a") && !t.isWord(i, "any");
    }

    /**
     * "cash paid for old radios", "top prices paid": a dealer's offer to buy people's things, the buying side of a trade
     * advertised as selling is. Not "the cash paid out" or "what cash I paid": money someone handed over, told.
     */
    private static boolean cashPaid(PromoTokens t, int i) {
        if (!t.isWord(i, "paid") || t.isWord(i + 1, "out") || t.isWord(i + 1, "back") || t.isWord(i + 1, "off")) {
            return false;
        }
        if (t.isWord(i - 1, "cash")) {
            // a comma leaves no token, so "…silver, cash paid" is told from "the cash paid" by the word before
            return !t.isWord(i - 2, "the") && !t.isWord(i - 2, "my") && !t.isWord(i - 2, "your") && !t.isWord(i - 2, "his")
                    && !t.isWord(i - 2, "her") && !t.isWord(i - 2, "their") && !t.isWord(i - 2, "our")
                    && !t.isWord(i - 2, "of") && !t.isWord(i - 2, "any") && !t.isWord(i - 2, "that")
                    && !t.isWord(i - 2, "what") && !t.isWord(i - 2, "no") && !t.isWord(i - 2, "in");
        }
        return t.isWord(i - 1, "prices") && (t.isWord(i - 2, "top") || t.isWord(i - 2, "best")
                || t.isWord(i - 2, "good") || t.isWord(i - 2, "fair") || t.isWord(i - 2, "highest"));
    }
}
