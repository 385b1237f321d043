package dev.rapport.rules.promo;

import java.util.Set;

/**
 * A plea for units of attention ("every rating helps", "follows appreciated", "subscribing would mean a lot"): an ask
 * for attention whoever's the thing is. Found after the other families, because news of one's own launch that ends
 * in such a hope ("we launch tomorrow, an upvote would mean a lot") is weighed as the announcement it is: the plea
 * counts where it is the message's ask, not where it trails news.
 */
final class PleaCues implements CueFinder {
    @Override
    public void find(PromoTokens t, Set<Cue> found) {
        if (found.contains(Cue.ANNOUNCEMENT)) {
            return;
        }
        for (int i = 0; i < t.size(); i++) {
            if (t.kind(i) == TokenKind.WORD && (t.in(i, AskCues.PLEA_UNITS) && AskCues.attentionPlea(t, i)
                    || pleaBeforeDeed(t, i))) {
                found.add(Cue.ATTENTION_PLEA);
                return;
            }
        }
    }

    /** What one does for someone's channel or page, said as the past after "if you" ("if you subscribed"). */
    private static final String[] DEEDS = {"subscribed", "followed", "starred", "upvoted", "wishlisted"};
    /** Words from "if you" back to the plea: "it would mean so much to us if you". */
    private static final int PLEA_TO_IF = 7;

    /**
     * "honestly it'd mean the world if you wishlisted", "would help me loads if you starred": the plea said first, the deed asked
     * after it with nothing named (what to subscribe to is one's own thing, just presented). Not "if you subscribed
     * to her feed" (an object follows) nor "if you followed the recipe it works" (no plea before it).
     */
    private static boolean pleaBeforeDeed(PromoTokens t, int i) {
        boolean deed = false;
        for (String d : DEEDS) {
            deed |= t.isWord(i, d);
        }
        if (!deed || !t.isWord(i - 1, "you") || !t.isWord(i - 2, "if")) {
            return false;
        }
        for (int j = i + 1; !t.isBreak(j); j++) {
            if (t.kind(j) == TokenKind.WORD) {
                return false;
            }
        }
        for (int j = i - 3; j >= i - 2 - PLEA_TO_IF && !t.isBreak(j); j--) {
            if (t.isWord(j, "mean") || t.isWord(j, "help")) {
                return true;
            }
        }
        return false;
    }
}
