package dev.rapport.rules.promo;

import java.util.Set;

import static dev.rapport.rules.promo.Lexicon.ADDRESSEE;
import static dev.rapport.rules.promo.Lexicon.ANNOUNCEABLE;
import static dev.rapport.rules.promo.Lexicon.AUXILIARY;
import static dev.rapport.rules.promo.Lexicon.CALL_TO_ACTION;
import static dev.rapport.rules.promo.Lexicon.CHANNEL_LIKE;
import static dev.rapport.rules.promo.Lexicon.CREATOR;
import static dev.rapport.rules.promo.Lexicon.LAUNCHED;
import static dev.rapport.rules.promo.Lexicon.ME;
import static dev.rapport.rules.promo.Lexicon.MY;
import static dev.rapport.rules.promo.Lexicon.NEW;
import static dev.rapport.rules.promo.Lexicon.OTHER_SUBJECT;
import static dev.rapport.rules.promo.Lexicon.OTHER_DETERMINER;
import static dev.rapport.rules.promo.Lexicon.PARTICLE;
import static dev.rapport.rules.promo.Lexicon.SELF_SUBJECT;
import static dev.rapport.rules.promo.Lexicon.SHARED_MEDIA;
import static dev.rapport.rules.promo.Lexicon.SOFTENER;

/**
 * The writer presenting themselves as a creator with an audience to grow: audience goals ("help me get 100
 * subs"), announcements ("my new video", "we just launched"), creator introductions ("I'm a new youtuber") and
 * mentions of their own channel.
 */
final class CreatorCues implements CueFinder {
    /** Audience units of a goal; "views" and "likes" are left out because people count those on others' posts. */
    static final WordList GOAL_UNITS = WordList.of(14, "subs", "subscribers", "subscriber", "followers", "fans",
            "members", "subscriptions");
    /** Verbs of growing an audience: a creator's goal is to get, reach or gain a number of followers. */
    static final WordList GOAL_VERBS = WordList.of(15, "get", "reach", "hit", "grow", "gain", "getting",
            "reaching");
    /** How far a first-person word may be from an audience count for the count to be one's own. */
    private static final int OWNER_REACH = 7;
    /** Words that link a subject to what it is: "I am just a small band" presents the writer as a creator. */
    static final WordList LINKING_VERBS = WordList.of(16, "am", "are", "is", "a", "an", "just", "only",
            "also", "really", "not", "still");

    /**
     * The words besides "my", launch verbs and creators that a cue of this family starts at; "mine" and "ours" for
     * the owner written after the thing ("a new channel of mine", "a podcast of ours"), which is "my" put last.
     */
    static final WordList CREATOR_STARTS = WordList.of(43, "more", "some", "become", "help", "did", "new", "mine",
            "ours");
    private static final int START_CLASSES = MY | LAUNCHED | CREATOR;
    /**
     * Verbs of putting a thing out to the public, which a creator says of their own release. Not "finished" or
     * "made" (one finishes a cake or a scarf), nor "dropped" (one drops a project one gave up on).
     */
    static final WordList RELEASE_VERBS = WordList.of(57, "launched", "released", "published", "shipped",
            "unveiled");
    /** Verbs of making a thing, in the forms a relative clause tells it in: "I've been building", "we wrote". */
    static final WordList MAKING_VERBS = WordList.of(58, "making", "building", "writing", "creating", "designing",
            "developing", "coding", "crafting", "made", "built", "wrote", "written", "created", "designed",
            "developed", "coded", "crafted");
    /** How far after a release verb the maker of its object may be named: "launched the [3 words] I've been...". */
    private static final int RELEASE_TO_MAKER = 6;

    @Override
    public void find(PromoTokens t, Set<Cue> found) {
        // every cue here starts at a number, a word of START_CLASSES or one of CREATOR_STARTS: most messages have none
        if (!t.has(TokenKind.NUMBER) && !t.anywhere(START_CLASSES)
                && !t.anywhereIn(CREATOR_STARTS.bit() | RELEASE_VERBS.bit())) {
            return;
        }
        for (int i = 0; i < t.size(); i++) {
            if (t.kind(i) != TokenKind.NUMBER && !t.is(i, START_CLASSES) && !t.inAny(i,
                    CREATOR_STARTS.bit() | RELEASE_VERBS.bit())) {
                continue;
            }
            if (!found.contains(Cue.AUDIENCE_GOAL) && audienceGoal(t, i)) {
                found.add(Cue.AUDIENCE_GOAL);
            }
            if (!found.contains(Cue.ANNOUNCEMENT) && (announcement(t, i) || releaseOfOwnMaking(t, i))) {
                found.add(Cue.ANNOUNCEMENT);
            }
            if (!found.contains(Cue.CREATOR_INTRO) && (t.is(i, CREATOR) && creatorIntro(t, i) || newOnPlatform(t, i))) {
                found.add(Cue.CREATOR_INTRO);
            }
            if (t.in(i, CREATOR_STARTS) && ownerPutLast(t, i)) {
                ownThingPutFirst(t, i - 2, found);
            }
            if (!found.contains(Cue.OWN_CHANNEL_MENTION) && t.is(i, MY)) {
                int thing = AskCues.thingAfterOwner(t, i);
                if (thing >= 0 && t.is(thing, CHANNEL_LIKE | SHARED_MEDIA) && !Asks.helpRequest(t, thing)) {
                    found.add(Cue.OWN_CHANNEL_MENTION);
                }
            }
        }
    }

    /** "of mine", "of ours": the owner after the thing it owns. */
    private static boolean ownerPutLast(PromoTokens t, int i) {
        return (t.isWord(i, "mine") || t.isWord(i, "ours")) && t.isWord(i - 1, "of") && i >= 2;
    }

    /**
     * The thing before "of mine" read as after "my": "a new channel of mine" announces as "my new channel" does, and
     * "a video of mine" mentions one's own channel as "my video" does; a help request about it ("a song of mine
     * won't upload") is neither.
     */
    private static void ownThingPutFirst(PromoTokens t, int thing, Set<Cue> found) {
        if (t.inQuestion(thing) || Asks.helpRequest(t, thing)) {
            return;
        }
        if (t.is(thing, CHANNEL_LIKE | SHARED_MEDIA)) {
            found.add(Cue.OWN_CHANNEL_MENTION);
        }
        if (t.is(thing, ANNOUNCEABLE) && (t.is(thing - 1, NEW) || t.is(thing - 2, NEW) && !t.isBreak(thing - 1))) {
            found.add(Cue.ANNOUNCEMENT);
        }
    }

    /** "once we pass 250 followers", "we have 80 members", "help me get to 40 members". */
    private static boolean audienceGoal(PromoTokens t, int i) {
        if (t.kind(i) == TokenKind.NUMBER) {
            int unit = i + 1;
            if (t.isWord(unit, "k") || t.isWord(unit, "m") || t.isWord(unit, "more") || t.isWord(unit, "new")) {
                unit++;
            }
            if (!t.in(unit, GOAL_UNITS)) {
                return false;
            }
            return Asks.findBehind(t, i, OWNER_REACH, SELF_SUBJECT | MY | ME) >= 0
                    || Asks.findAhead(t, unit, OWNER_REACH, SELF_SUBJECT | MY | ME) >= 0;
        }
        if ((t.isWord(i, "more") || t.isWord(i, "some")) && !t.inQuestion(i) && t.in(i + 1, GOAL_UNITS)) {
            // "I need more subs", "if I had some more followers": wanting an audience, not asking how to build one
            int owner = Asks.findBehind(t, i, 4, SELF_SUBJECT);
            return owner >= 0 && Asks.findBehind(t, i, i - owner, ADDRESSEE) < 0;
        }
        if (t.isWord(i, "become") && t.is(i + 1, MY)) {
            int unit = t.is(i + 2, NEW) ? i + 3 : i + 2;
            return t.isKind(unit, TokenKind.WORD) && GOAL_UNITS.contains(t.text(unit) + "s");
        }
        if (t.isWord(i, "help") && t.is(i + 1, ME) && t.in(i + 2, GOAL_VERBS)) {
            for (int j = i + 3; j < t.size() && j <= i + 7 && !t.isBreak(j); j++) {
                if (t.isWord(j, "goal") || t.in(j, GOAL_UNITS)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "my new video", "our newest track", "I just started my channel", "we just launched". */
    private static boolean announcement(PromoTokens t, int i) {
        if (t.is(i, MY) && t.is(i + 1, NEW)) {
            for (int j = i + 2; j < t.size() && j <= i + 4 && !t.isBreak(j); j++) {
                if (t.is(j, ANNOUNCEABLE)) {
                    return !Asks.helpRequest(t, j);
                }
                if (t.is(j, OTHER_DETERMINER | PARTICLE | MY)) {
                    return false;
                }
            }
            return false;
        }
        if (t.isWord(i, "did") && (t.isWord(i + 1, "a") || t.isWord(i + 1, "an") || t.isWord(i + 1, "some")
                || t.is(i + 1, MY)) && Asks.findBehind(t, i, 2, SELF_SUBJECT) >= 0) {
            int thing = t.is(i + 2, NEW) ? i + 3 : i + 2;
            return t.is(thing, ANNOUNCEABLE) && !Asks.helpRequest(t, thing); // "I did a cover", "we did a remix"
        }
        if (!t.is(i, LAUNCHED) || t.is(i, AUXILIARY)) {
            return false;
        }
        int subject = Asks.findBehind(t, i, 3, SELF_SUBJECT);
        if (subject < 0) {
            return false;
        }
        for (int j = subject + 1; j < i; j++) {
            if (!t.is(j, AUXILIARY | NEW) && !t.isWord(j, "finally") && !t.isWord(j, "recently")) {
                return false;
            }
        }
        String verb = t.text(i);
        if ((verb.equals("launched") || verb.equals("released")) && t.isBreak(i + 1)) {
            return true;
        }
        for (int j = i + 1; j < t.size() && j <= i + 5 && !t.isBreak(j); j++) {
            if (t.is(j, ANNOUNCEABLE)) {
                return !Asks.helpRequest(t, j);
            }
            if (t.is(j, OTHER_DETERMINER) && !t.isWord(j, "a") && !t.isWord(j, "an")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "finally released the card game I've been designing", "we launched the zine we wrote over winter": a release
     * whose thing the writer names as their own making in a relative clause, which says whose it is as "my" does
     * ("launched my new shop"), whatever the thing is called. The release is the writer's (their subject, or none
     * at the head of the clause, as chat drops it); "they released the update I've been waiting for" or "finally
     * finished the scarf I've been knitting" tell no release of one's making.
     */
    private static boolean releaseOfOwnMaking(PromoTokens t, int verb) {
        if (!t.in(verb, RELEASE_VERBS) || t.inQuestion(verb)) {
            return false;
        }
        for (int j = verb - 1; j >= 0 && !t.isBreak(j); j--) {
            if (!t.is(j, SELF_SUBJECT | AUXILIARY | SOFTENER) && !t.isWord(j, "finally")
                    && !t.isWord(j, "recently") && !t.isWord(j, "officially")) {
                return false;
            }
        }
        // the thing released, then its maker: a word or more of it before the first-person subject
        for (int j = verb + 2; j < t.size() && j <= verb + RELEASE_TO_MAKER && !t.isBreak(j); j++) {
            if (t.kind(j) == TokenKind.LINK) {
                return false;
            }
            if (t.is(j, SELF_SUBJECT)) {
                int k = j + 1;
                // "I've been making", "we have just built", "I finally wrote"
                for (int n = 0; n < 2 && (t.is(k, AUXILIARY) || t.isWord(k, "been") || t.isWord(k, "finally")); n++) {
                    k++;
                }
                return t.in(k, MAKING_VERBS) && !Asks.helpRequest(t, k);
            }
            if (t.is(j, OTHER_SUBJECT | ME) && !t.isWord(j, "that") && !t.isWord(j, "which")) {
                return false; // "released the app they built", "the one it made"
            }
        }
        return false;
    }

    /** "I'm new to youtube", "we're new on youtube". */
    private static boolean newOnPlatform(PromoTokens t, int i) {
        if (!t.isWord(i, "new") || !(t.isWord(i + 1, "to") || t.isWord(i + 1, "on"))) {
            return false;
        }
        if (!t.isWord(i + 2, "youtube") && !t.isWord(i + 2, "yt") && !t.isWord(i + 2, "twitch")) {
            return false;
        }
        return Asks.findBehind(t, i, 4, SELF_SUBJECT) >= 0;
    }

    /** "I'm a new youtuber", "I am a self-taught music producer", "we are a small band". */
    private static boolean creatorIntro(PromoTokens t, int creator) {
        int subject = Asks.findBehind(t, creator, 6, SELF_SUBJECT);
        if (subject < 0) {
            return false;
        }
        for (int j = subject + 1; j < creator; j++) {
            if (t.kind(j) != TokenKind.WORD) {
                continue;
            }
            if (t.in(j, LINKING_VERBS) || t.is(j, NEW)) {
                continue;
            }
            if (t.is(j, MY | OTHER_DETERMINER | PARTICLE | CALL_TO_ACTION | AUXILIARY | LAUNCHED)) {
                return false;
            }
        }
        return true;
    }
}
