package dev.rapport.rules.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "which", "what" or "whose" before a thing, then its verb put before the subject, asks which one even without its
 * question mark: English inverts verb and subject only to ask. The same words with the subject first tell.
 */
class WhichThingAskedTest {

    /** A thing named, then "is it", "are they" or "do I": asked, with the rest of the message or without it. */
    @Test
    void aThingNamedThenItsVerbBeforeTheSubjectAsksWhichOne() {
        assertThat(TextFeatures.of("which gate of the rowing club is it, went round twice on sunday").question())
                .isTrue();
        assertThat(TextFeatures.of("what time do we meet at the bandstand").question()).isTrue();
        assertThat(TextFeatures.of("whose gloves are they").question()).isTrue();
        assertThat(TextFeatures.of("which floor is it on, the lift says three").question()).isTrue();
        assertThat(TextFeatures.of("lovely photos from the fair. which stall did you buy the honey from")
                .question()).isTrue();
    }

    /** Subject before verb, a person inside the thing, or "is it" going on to a verb: statements stay statements. */
    @Test
    void theSameWordsWithTheSubjectFirstTell() {
        assertThat(TextFeatures.of("which gate it is I never remember, I just follow the others").question())
                .isFalse();
        assertThat(TextFeatures.of("what a week it was at the allotment").question()).isFalse();
        assertThat(TextFeatures.of("what we did was this, sand then oil").question()).isFalse();
        assertThat(TextFeatures.of("what matters is it holds water").question()).isFalse();
        assertThat(TextFeatures.of("what matters is this: patience").question()).isFalse();
        assertThat(TextFeatures.of("what time it starts is up to the vicar").question()).isFalse();
    }
}
