package dev.rapport.rules.promo;

import java.util.Set;

/**
 * A plea for units of attention ("every rating helps", "follows appreciated", "subscribing would mean a lot"): an ask
 * for attention whoever's the thing is. Found after the other families, because news of one's own launch that ends
 * in such a hope ("we launch Monday, every upvote would mean a lot") is weighed as the announcement it is: the plea
 * counts where it is the message's ask, not where it trails news.
 */
final class PleaCues implements CueFinder {
    @Override
    public void find(PromoTokens t, Set<Cue> found) {
        if (found.contains(Cue.ANNOUNCEMENT)) {
            return;
        }
        for (int i = 0; i < t.size(); i++) {
            if (t.kind(i) == TokenKind.WORD && ((t.in(i, AskCues.PLEA_UNITS) || everyStar(t, i))
                    && AskCues.attentionPlea(t, i) || pleaBeforeDeed(t, i))) {
                found.add(Cue.ATTENTION_PLEA);
                return;
            }
        }
    }

    /**
     * One unit of attention counted with "every" or "each" ("every star helps", "each follow means a lot", "every share
     * really helps"): one follow, like or share is a unit as "every rating" is, said in the singular because each is
     * counted (not "the star", nor "a star anise helps", where nothing is counted). A follow, a like or a share is also
     * a word for other things ("every share of the chores helps"), so it counts only with the plea right after it.
     */
    private static boolean everyStar(PromoTokens t, int i) {
        if (!t.isWord(i - 1, "every") && !t.isWord(i - 1, "each")) {
            return false;
        }
        if (t.isWord(i, "star")) {
            return true;
        }
        boolean unit = t.isWord(i, "follow") || t.isWord(i, "like") || t.isWord(i, "share") || t.isWord(i, "repost")
                || t.isWord(i, "retweet") || t.isWord(i, "subscriber");
        int plea = t.isWord(i + 1, "really") || t.isWord(i + 1, "truly") || t.isWord(i + 1, "honestly") ? i + 2 : i + 1;
        return unit && (t.isWord(plea, "helps") || t.isWord(plea, "means") || t.isWord(plea, "would")
                || t.isWord(plea, "will"));
    }

    /** What one does for someone's channel or page, said as the past after "if you" ("if you subscribed"). */
    private static final String[] DEEDS = {"subscribed", "followed", "starred", "upvoted", "wishlisted"};
    /** Words from "if you" back to the plea: "would mean loads to the pair of us if you". */
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
        if (!deed) {
            return false;
        }
        // "if you followed", or the room asked as a whole: "if you all followed", "if you guys subscribed"
        int at = t.isWord(i - 1, "all") || t.isWord(i - 1, "guys") ? i - 1 : i;
        if (!t.isWord(at - 1, "you") || !t.isWord(at - 2, "if")) {
            return false;
        }
        int j = i + 1;
        // "if you followed us on insta", "if you subscribed to me": the one followed is the writer, so the thing is
        // their own however the sentence goes on (not "followed us home", "followed me to the car")
        if (t.isWord(j, "us") || t.isWord(j, "me") || (t.isWord(j, "to") && (t.isWord(j + 1, "us")
                || t.isWord(j + 1, "me")))) {
            int after = t.isWord(j, "to") ? j + 2 : j + 1;
            if (t.isBreak(after) || t.isWord(after, "on") || t.isWord(after, "and") || t.isWord(after, "too")
                    || t.isWord(after, "back") || t.isWord(after, "please")) {
                return plea(t, at);
            }
            return false;
        }
        while (!t.isBreak(j)) {
            // "if you followed and shared": a second deed joined to the first asks the same favour twice over
            if ((t.isWord(j, "and") || t.isWord(j, "or")) && secondDeed(t, j + 1)) {
                j += 2;
                continue;
            }
            // "if you followed 🙏 @ana @bo": people tagged after the deed are who is asked, not what to follow; an
            // export writes a tag as "@" and the display name, so what follows the tag is that name. "@bo's guide"
            // names a thing of someone's, and is read as the object it is.
            if (t.kind(j) == TokenKind.HANDLE) {
                return !possessive(t, j + 1) && plea(t, at);
            }
            if (t.kind(j) == TokenKind.WORD) {
                return false;
            }
            j++;
        }
        return plea(t, at);
    }

    /** What one does for someone's post besides following it, joined after the first deed ("and shared"). */
    private static final String[] SECOND_DEEDS = {"shared", "liked", "reposted", "retweeted", "subscribed",
        "followed", "starred", "upvoted"};

    private static boolean secondDeed(PromoTokens t, int j) {
        boolean deed = false;
        for (String d : SECOND_DEEDS) {
            deed |= t.isWord(j, d);
        }
        return deed;
    }

    /** "'s" after a tag: "@bo's guide" names someone's thing. */
    private static boolean possessive(PromoTokens t, int j) {
        return t.isWord(j, "s") || t.isWord(j, "'s");
    }

    /**
     * The plea said before "if you": "would mean loads to the pair of us", "would really help"; {@code i} is the word
     * after "if you" (the deed, or "all" in "if you all").
     */
    private static boolean plea(PromoTokens t, int i) {
        for (int j = i - 3; j >= i - 2 - PLEA_TO_IF && !t.isBreak(j); j--) {
            if (t.isWord(j, "mean") || t.isWord(j, "help")) {
                return true;
            }
        }
        return false;
    }
}
