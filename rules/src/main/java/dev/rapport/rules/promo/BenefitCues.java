package dev.rapport.rules.promo;

import java.util.Set;

import static dev.rapport.rules.promo.Lexicon.ANNOUNCEABLE;
import static dev.rapport.rules.promo.Lexicon.MY;
import static dev.rapport.rules.promo.Lexicon.OTHER_DETERMINER;
import static dev.rapport.rules.promo.Lexicon.PARTICLE;
import static dev.rapport.rules.promo.Lexicon.PROMOTABLE;

/**
 * A benefit promised to the reader through one's own product: "save hours on your invoices with my templates",
 * "cut your editing time in half with our plugin", "you can save money using my app". An ad's sentence: what the
 * reader gains, then the seller's thing that gives it, so it invites people to use one's own thing as "try my app"
 * does. Only a product (a thing people make and offer: an app, a course, templates, a shop), not advice ("save
 * hours with my tip: learn the shortcuts"), and only promised to the reader (an imperative, or "you"): "I save
 * hours with my planner" tells how one works.
 */
final class BenefitCues implements CueFinder {
    /** Verbs of a gain in time, money or results promised to someone. */
    static final WordList BENEFIT_VERBS = WordList.of(59, "save", "cut", "halve", "double", "triple", "boost",
            "speed", "level");
    /** What the gain is measured in, or whose it is: "save hours", "cut your costs", "double your sales". */
    static final WordList GAINS = WordList.of(60, "time", "hours", "hour", "minutes", "days", "weeks", "money",
            "effort", "hassle", "your", "ur", "yourself");
    /** Words that bring the means of the gain: "with my app", "using our templates". */
    static final WordList MEANS = WordList.of(61, "with", "using", "via");
    /** Tokens between the verb and what the gain is in: "speed up your", "save so many hours". */
    private static final int VERB_TO_GAIN = 3;
    /** Tokens between the verb and its means: "save hours on your next quarterly report with my...". */
    private static final int VERB_TO_MEANS = 10;
    /** Words between "my" and the product: "my [free printable] templates". */
    private static final int OWNER_TO_THING = 3;

    @Override
    public void find(PromoTokens t, Set<Cue> found) {
        if (found.contains(Cue.INVITE_TO_OWN) || !t.anywhereIn(BENEFIT_VERBS.bit()) || !t.anywhere(MY)) {
            return;
        }
        for (int i = 0; i < t.size(); i++) {
            if (t.in(i, BENEFIT_VERBS) && benefitWithOwnProduct(t, i)) {
                found.add(Cue.INVITE_TO_OWN);
                return;
            }
        }
    }

    private static boolean benefitWithOwnProduct(PromoTokens t, int verb) {
        // promised to the reader: an imperative or "you can save..."; not "I save", not a question about it
        if (t.inQuestion(verb) || !Asks.isAsk(t, verb)) {
            return false;
        }
        boolean gain = false;
        for (int j = verb + 1; j < t.size() && j <= verb + VERB_TO_GAIN && !t.isBreak(j); j++) {
            gain |= t.in(j, GAINS) || t.kind(j) == TokenKind.NUMBER;
        }
        if (!gain) {
            return false; // "save the file with my editor" is a step, not a gain
        }
        for (int j = verb + 1; j < t.size() && j <= verb + VERB_TO_MEANS && !t.isBreak(j); j++) {
            if (t.in(j, MEANS) && t.is(j + 1, MY)) {
                int thing = ownProduct(t, j + 1);
                return thing >= 0 && !Asks.helpRequest(t, thing);
            }
        }
        return false;
    }

    /** The product owned at {@code owner} ("my [template] pack", "our plugin"), or -1. */
    private static int ownProduct(PromoTokens t, int owner) {
        for (int j = owner + 1; j < t.size() && j <= owner + OWNER_TO_THING && !t.isBreak(j); j++) {
            if (t.is(j, PROMOTABLE | ANNOUNCEABLE)) {
                return j;
            }
            if (t.kind(j) != TokenKind.WORD || t.is(j, OTHER_DETERMINER | PARTICLE | MY) || t.endsWith(j, "'s")) {
                return -1;
            }
        }
        return -1;
    }
}
