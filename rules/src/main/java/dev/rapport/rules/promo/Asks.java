package dev.rapport.rules.promo;

import java.util.Set;

import static dev.rapport.rules.promo.Lexicon.ADDRESSEE;
import static dev.rapport.rules.promo.Lexicon.AUXILIARY;
import static dev.rapport.rules.promo.Lexicon.ME;
import static dev.rapport.rules.promo.Lexicon.OTHER_SUBJECT;
import static dev.rapport.rules.promo.Lexicon.PARTICLE;
import static dev.rapport.rules.promo.Lexicon.PLEASE;
import static dev.rapport.rules.promo.Lexicon.SELF_SUBJECT;
import static dev.rapport.rules.promo.Lexicon.SOFTENER;
import static dev.rapport.rules.promo.Lexicon.TROUBLE;

/**
 * The little grammar the cues share: is a verb an ask aimed at the reader, does a clause start here, is the
 * writer asking for help rather than promoting. All look-arounds are bounded, so they cost O(1) per call.
 */
final class Asks {
    private static final int LOOK_BACK = 6;
    private static final int TROUBLE_REACH = 5;
    /** Verbs of a setback in one's own attempt: losing, missing, struggling, messing it up (general English). */
    private static final String[] SETBACKS = {"lost", "lose", "loses", "losing", "missed", "missing", "struggle",
            "struggles", "struggled", "struggling", "messed", "messing"};
    // not "do": "do the same and subscribe" is a verb of its own
    static final WordList DO_SUPPORT = WordList.of(12, "does", "did", "doesn't",
            "didn't");
    /** Verbs of pressing a button: "hit subscribe" asks only when the pressing is itself asked for. */
    static final WordList BUTTON_VERBS = WordList.of(13, "click", "clicked", "clicking",
            "press", "pressed", "pressing", "hit", "hitting", "tap", "tapped", "push", "pushed");

    private Asks() {
    }

    /**
     * Whether the verb at {@code v} asks the reader to do something: an imperative ("check my channel sometime"), or
     * addressed ("can you check my channel", "I want you to check..."). Not when a first- or third-person subject
     * does it ("I check my channel daily", "let me check my video").
     */
    static boolean isAsk(PromoTokens t, int v) {
        int steps = 0;
        for (int j = v - 1; j >= 0 && !t.isBreak(j) && steps < LOOK_BACK; j--, steps++) {
            if (t.is(j, ADDRESSEE)) {
                return true;
            }
            if (t.is(j, SELF_SUBJECT | OTHER_SUBJECT | ME)) {
                return false;
            }
            if (t.is(j, SOFTENER | AUXILIARY | PLEASE)) {
                continue;
            }
            // a noun or an interjection before an imperative: "sonic fans, check my channel"; but a noun phrase
            // after "does"/"the" is the verb's own subject: "does the linux itunes play my music"
            return !subjectPhrase(t, j);
        }
        return true;
    }

    /**
     * The noun at {@code noun} is the subject of what follows: a noun phrase opened by do-support ("does the
     * linux itunes play...") or by "the" at the head of its clause ("the app plays my music"). Not "come to the
     * channel, subscribe", where the phrase is the object of another verb.
     */
    private static boolean subjectPhrase(PromoTokens t, int noun) {
        for (int j = noun - 1; j >= 0 && j >= noun - 3 && !t.isBreak(j); j--) {
            if (t.kind(j) != TokenKind.WORD) {
                return false;
            }
            if (t.in(j, DO_SUPPORT)) {
                return true;
            }
            if (t.isWord(j, "the")) {
                return t.isBreak(j - 1) || t.in(j - 1, DO_SUPPORT);
            }
        }
        return false;
    }

    /**
     * The ask at {@code v} names a button someone else pressed: "i click subscribe now" is a report, though
     * "hit subscribe now!" asks. Whether it asks is the pressing verb's question.
     */
    static boolean buttonPressed(PromoTokens t, int v) {
        int press = v - 1;
        if (t.isWord(press, "the")) {
            press--;
        }
        if (!t.in(press, BUTTON_VERBS)) {
            return false;
        }
        return !isAsk(t, press);
    }

    /** Only greetings, "please", "guys" and the like come before {@code i} in its clause. */
    static boolean atClauseStart(PromoTokens t, int i) {
        for (int j = i - 1; j >= 0 && !t.isBreak(j); j--) {
            if (!t.is(j, SOFTENER | PLEASE | ADDRESSEE)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The writer is asking for help with their own thing, not promoting it: a trouble word right after it
     * ("my new app crashes"), or anywhere in a message that asks a question ("can you check my site? it errors"),
     * or a setback in one's own attempt told in a message that asks a question ("could you look at my endgame? I
     * still lose the race", "can you go over my last match? I keep losing the middle"): a review of one's attempt
     * asked for because it goes wrong is help sought, as a fault report is, not a call to look at one's work.
     */
    static boolean helpRequest(PromoTokens t, int around) {
        for (int j = around + 1; j < t.size() && j <= around + TROUBLE_REACH && !t.isBreak(j); j++) {
            if (t.is(j, TROUBLE)) {
                return true;
            }
        }
        return t.question() && (t.anywhere(TROUBLE) || setbackTold(t));
    }

    /**
     * "still lost", "keep losing", "kept struggling", "still messing up": a setback said to go on after what was tried,
     * the way a player, a learner or a maker tells what still goes wrong in their attempt. "still" or "keep" must come
     * right before it: "lost" alone is as often a thing mislaid or a game told for fun. One pass over the message,
     * asked only of a message with a question and a cue's candidate in it, so the cues stay linear in the message.
     */
    private static boolean setbackTold(PromoTokens t) {
        for (int i = 0; i + 1 < t.size(); i++) {
            if ((t.isWord(i, "still") || t.isWord(i, "keep") || t.isWord(i, "keeps") || t.isWord(i, "kept"))
                    && setback(t, i + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A setback word at {@code i} whose loss is not one of an audience: "still losing subs", "keep losing followers"
     * tells of a channel's reach, which a call to look at it asks for, not help with one's attempt.
     */
    private static boolean setback(PromoTokens t, int i) {
        boolean named = false;
        for (String word : SETBACKS) {
            if (t.isWord(i, word)) {
                named = true;
                break;
            }
        }
        if (!named) {
            return false;
        }
        for (int j = i + 1; j < t.size() && j <= i + 3 && !t.isBreak(j); j++) {
            if (t.in(j, AskCues.ATTENTION_UNITS) || t.in(j, AskCues.PLEA_UNITS) || t.is(j, Lexicon.LURE)) {
                return false;
            }
        }
        return true;
    }

    /** The first token after {@code i} in its clause that is not a softener or particle, or -1. */
    static int nextContent(PromoTokens t, int i) {
        for (int j = i + 1; j < t.size() && !t.isBreak(j); j++) {
            if (!t.is(j, SOFTENER | PLEASE | PARTICLE)) {
                return j;
            }
        }
        return -1;
    }

    /** Some token within {@code reach} after {@code i}, in the same clause, has one of the classes. */
    static int findAhead(PromoTokens t, int i, int reach, int classes) {
        for (int j = i + 1; j < t.size() && j <= i + reach && !t.isBreak(j); j++) {
            if (t.is(j, classes)) {
                return j;
            }
        }
        return -1;
    }

    /** Some token within {@code reach} before {@code i}, in the same clause, has one of the classes. */
    static int findBehind(PromoTokens t, int i, int reach, int classes) {
        for (int j = i - 1; j >= 0 && j >= i - reach && !t.isBreak(j); j--) {
            if (t.is(j, classes)) {
                return j;
            }
        }
        return -1;
    }
}
