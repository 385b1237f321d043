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
     * ("my new app crashes"), or anywhere in a message that asks a question ("can you check my site? it errors").
     */
    static boolean helpRequest(PromoTokens t, int around) {
        for (int j = around + 1; j < t.size() && j <= around + TROUBLE_REACH && !t.isBreak(j); j++) {
            if (t.is(j, TROUBLE)) {
                return true;
            }
        }
        return t.question() && t.anywhere(TROUBLE);
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
