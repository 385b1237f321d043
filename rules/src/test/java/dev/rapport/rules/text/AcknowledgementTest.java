package dev.rapport.rules.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A thank-you on its own answers nothing; thanks followed by something more may. */
class AcknowledgementTest {

    private static boolean onlyThanks(String text) {
        return Acknowledgement.onlyThanks(text, TextFeatures.of(text), false);
    }

    @Test
    void aThankYouWithTheWordsThatGoWithItIsOnlyThanks() {
        assertThat(onlyThanks("thanks so much!")).isTrue();
        assertThat(onlyThanks("@Bob thank you, really appreciate it")).isTrue();
        assertThat(onlyThanks("awesome, cheers for the tip")).isTrue();
    }

    @Test
    void thanksFollowedByAnAnswerIsMoreThanThanks() {
        assertThat(onlyThanks("thanks! the electric one at the studio")).isFalse();
        assertThat(onlyThanks("thanks, yes")).isFalse();
    }

    @Test
    void aYesWithoutThanksIsNotAThankYou() {
        // "ok" and "perfect" to "can you come at six?" say yes.
        assertThat(onlyThanks("ok")).isFalse();
        assertThat(onlyThanks("perfect")).isFalse();
        assertThat(onlyThanks("great")).isFalse();
    }

    @Test
    void aQuestionOrALinkIsMoreThanThanks() {
        assertThat(onlyThanks("thanks, which one?")).isFalse();
        assertThat(Acknowledgement.onlyThanks("thanks", TextFeatures.of("thanks"), true)).isFalse();
    }
}
