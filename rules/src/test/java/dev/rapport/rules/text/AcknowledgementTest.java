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

    /** Saying one understood and thanking the helpers says nothing back to a question put in the same breath. */
    @Test
    void understoodAndThankedIsOnlyThanks() {
        assertThat(onlyThanks("makes sense, thank you both")).isTrue();
        assertThat(onlyThanks("that makes sense, thanks so much")).isTrue();
    }

    @Test
    void understoodAndAnsweredIsMoreThanThanks() {
        assertThat(onlyThanks("makes sense, thanks. and yes I went, it was worth it")).isFalse();
        assertThat(onlyThanks("got two of them, thanks")).isFalse();
        // to "did you get the file?" it says yes
        assertThat(onlyThanks("got it, thanks")).isFalse();
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

    @Test
    void aNodIsWordsOfThanksOrApprovalAlone() {
        assertThat(Acknowledgement.onlyANod("ok thanks", TextFeatures.of("ok thanks"), false)).isTrue();
        assertThat(Acknowledgement.onlyANod("👍 perfect", TextFeatures.of("👍 perfect"), false)).isTrue();
    }

    @Test
    void aNodThatSaysSomethingMoreIsNotOnlyANod() {
        assertThat(Acknowledgement.onlyANod("ok, the blue one", TextFeatures.of("ok, the blue one"), false)).isFalse();
        assertThat(Acknowledgement.onlyANod("All oils! Thank you both.",
                TextFeatures.of("All oils! Thank you both."), false)).isFalse();
        assertThat(Acknowledgement.onlyANod("ok?", TextFeatures.of("ok?"), false)).isFalse();
    }
}
