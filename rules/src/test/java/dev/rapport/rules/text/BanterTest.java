package dev.rapport.rules.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BanterTest {

    private static boolean banter(String text) {
        return Banter.is(text, TextFeatures.of(text), false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"haha nope", "lmao same", "\uD83E\uDD23 me too", "hehe yes", "rofl"})
    void aLaughAndAWordOrTwoIsBanter(String text) {
        assertThat(banter(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nope, the corded one is better", "yes 88a", "haha no, use the corded one, it is lighter",
        "half", "the lower shelf"})
    void anAnswerThatSaysSomethingIsNot(String text) {
        assertThat(banter(text)).isFalse();
    }
}
