package dev.rapport.rules.promo;

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

    private Asks() {
    }

    /**
     * Whether the verb at {@code v} asks the reader to do something: an imperative ("check my channel"), or
     * addressed ("can you check my channel", "I want you to check..."). Not when a first- or third-person subject
     * does it ("I check my channel daily", "let me check my video").
     */
    static boolean isAsk(PromoTokens t, int v) {
        int steps = 0;
        for (int j = v - 1; j >= 0 && !t.isBreak(j) && steps < LOOK_BACK; j--, steps++) {
            if (t.is(j, ADDRESSEE)) return true;
            if (t.is(j, SELF_SUBJECT | OTHER_SUBJECT | ME)) return false;
            if (t.is(j, SOFTENER | AUXILIARY | PLEASE)) continue;
            return true; // a noun or an interjection before an imperative: "sonic fans, check my channel"
        }
        return true;
    }

    /** Only greetings, "please", "guys" and the like come before {@code i} in its clause. */
    static boolean atClauseStart(PromoTokens t, int i) {
        for (int j = i - 1; j >= 0 && !t.isBreak(j); j--) {
            if (!t.is(j, SOFTENER | PLEASE | ADDRESSEE)) return false;
        }
        return true;
    }

    /**
     * The writer is asking for help with their own thing, not promoting it: a trouble word right after it
     * ("my new app crashes"), or anywhere in a message that asks a question ("can you check my site? it errors").
     */
    static boolean helpRequest(PromoTokens t, int around) {
        for (int j = around + 1; j < t.size() && j <= around + TROUBLE_REACH && !t.isBreak(j); j++) {
            if (t.is(j, TROUBLE)) return true;
        }
        return t.question() && t.anywhere(TROUBLE);
    }

    /** The first token after {@code i} in its clause that is not a softener or particle, or -1. */
    static int nextContent(PromoTokens t, int i) {
        for (int j = i + 1; j < t.size() && !t.isBreak(j); j++) {
            if (!t.is(j, SOFTENER | PLEASE | PARTICLE)) return j;
        }
        return -1;
    }

    /** Some token within {@code reach} after {@code i}, in the same clause, has one of the classes. */
    static int findAhead(PromoTokens t, int i, int reach, int classes) {
        for (int j = i + 1; j < t.size() && j <= i + reach && !t.isBreak(j); j++) {
            if (t.is(j, classes)) return j;
        }
        return -1;
    }

    /** Some token within {@code reach} before {@code i}, in the same clause, has one of the classes. */
    static int findBehind(PromoTokens t, int i, int reach, int classes) {
        for (int j = i - 1; j >= 0 && j >= i - reach && !t.isBreak(j); j--) {
            if (t.is(j, classes)) return j;
        }
        return -1;
    }
}
