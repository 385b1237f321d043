package dev.rapport.rules.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Saying yes to an offer made to oneself: the one who asked has chosen whom to go with. */
class OfferTakenUpTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "deal, I'll fetch it on Saturday",
        "Friday morning is perfect, sending a DM now. I'll message you the address",
        "lovely, go ahead and book me in",
        "that works for me, I'll take it",
        "great, texting you now"
    })
    void aYesToAnOfferTakesItUp(String text) {
        assertThat(OfferTakenUp.is(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "thanks, that's useful to know",
        "would Friday work instead?",
        "the deal fell through in the end",
        "good to hear it went well"
    })
    void thanksAQuestionOrTalkOfADealDoNotTakeItUp(String text) {
        assertThat(OfferTakenUp.is(text)).isFalse();
    }
}
