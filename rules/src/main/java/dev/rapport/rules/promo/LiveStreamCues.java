package dev.rapport.rules.promo;

import java.util.Set;

/**
 * A stream of one's own announced with its link: "going live at 8 →", "live now!", "we're live", "baking on
 * stream today: …", "streaming tonight: …". Saying one is live, with where to watch, is
 * calling the room to one's own channel however it is worded; without a link it is news ("was on stream for 6
 * hours"), "the final is live now on …" is someone else's broadcast, and "I live in a van" is no stream.
 */
final class LiveStreamCues implements CueFinder {
    @Override
    public void find(PromoTokens t, Set<Cue> found) {
        if (t.links() == 0 || found.contains(Cue.GOING_LIVE)) {
            return;
        }
        for (int i = 0; i < t.size(); i++) {
            if (t.inQuestion(i)) {
                continue;
            }
            if (t.isWord(i, "live") && goingLive(t, i) || t.isWord(i, "stream") && onStream(t, i)
                    || t.isWord(i, "streaming") && streamingWhen(t, i + 1)) {
                found.add(Cue.GOING_LIVE);
                return;
            }
        }
    }

    /** "going live", "gone live", "I'm live", "we're live", "live now", "live again", "live rn", "live tonight". */
    private static boolean goingLive(PromoTokens t, int i) {
        if (t.isWord(i - 1, "is") || t.isWord(i - 1, "are") || t.isWord(i - 1, "was") || t.isWord(i - 1, "be")) {
            return false; // "the final is live now on …": someone else's broadcast, passed on
        }
        return t.isWord(i - 1, "going") || t.isWord(i - 1, "gone") || t.isWord(i - 1, "i'm") || t.isWord(i - 1, "im")
                || t.isWord(i - 1, "we're") || t.isWord(i - 1, "were") && t.isWord(i - 2, "we")
                || t.isWord(i + 1, "now") || t.isWord(i + 1, "again") || t.isWord(i + 1, "rn")
                || t.isWord(i + 1, "tonight") || t.isWord(i + 1, "today");
    }

    /** "on stream", "on my stream", "live on stream". */
    private static boolean onStream(PromoTokens t, int i) {
        return t.isWord(i - 1, "on") || t.isWord(i - 1, "my") && t.isWord(i - 2, "on");
    }

    /** "streaming now", "streaming tonight", "streaming instead", "streaming in 10". */
    private static boolean streamingWhen(PromoTokens t, int i) {
        return t.isWord(i, "now") || t.isWord(i, "tonight") || t.isWord(i, "today") || t.isWord(i, "instead")
                || t.isWord(i, "rn") || t.isWord(i, "in") && t.isKind(i + 1, TokenKind.NUMBER);
    }
}
