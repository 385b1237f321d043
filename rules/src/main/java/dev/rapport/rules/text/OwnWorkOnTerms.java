package dev.rapport.rules.text;

import java.util.regex.Pattern;

/**
 * One's own work offered on terms that name no price: "I do porches and garden rooms, 10% off for newcomers and a
 * free quote", "we fit kitchens, free estimates, 15% off this month". Said with a call to get in touch, it is an offer
 * asking to be taken up, a pitch as a priced one is ({@link Pitch#is}). A share off alone ("20% off at the garden
 * centre") or a free quote someone else gives passes news on: the writer must say what they do.
 */
final class OwnWorkOnTerms {
    /** The writer's own work: "I do …", "we fit …", "I build …", "we install …". */
    private static final Pattern OWN_WORK = Pattern.compile("\\b(?:i|we) (?:do|fit|build|install|make|offer|repair"
            + "|restore|paint|lay|supply)\\b");
    /** Terms of a sale without a price: a share off, a free quote or estimate. */
    private static final Pattern TERMS = Pattern.compile("\\d+\\s?%\\s?(?:off|discount)\\b|\\bfree (?:quotes?|estimates?"
            + "|surveys?|consultations?)\\b");

    private OwnWorkOnTerms() {
    }

    /** Whether lower-cased {@code t} names work of the writer's own and terms for it. */
    static boolean offered(String t) {
        return OWN_WORK.matcher(t).find() && TERMS.matcher(t).find();
    }
}
