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
            if (t.kind(i) == TokenKind.WORD && t.in(i, AskCues.PLEA_UNITS) && AskCues.attentionPlea(t, i)) {
                found.add(Cue.ATTENTION_PLEA);
                return;
            }
        }
    }
}
