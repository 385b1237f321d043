package dev.rapport.rules.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ExclamationTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "how gorgeous is that glaze?",
        "omg how cute are these 😍 who knew?",
        "can you believe it sold out in an hour?",
        "Guess what? the kiln is fixed",
        "what's not to love?",
        "how COOL is this, well done!! can you believe it?",
    })
    void aQuestionThatOnlyExclaimsAsksNothing(String text) {
        assertThat(Exclamation.is(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "how cute is that? which glaze did you use?",
        "how is the new kiln working out?",
        "how good is the 9ct gold for everyday rings?",
        "who knows a good framer in Leeds?",
        "can you bring the ladder back tomorrow?",
        "so pretty! https://example.org/shop?item=4",
    })
    void aQuestionThatAsksSomethingIsNoExclamation(String text) {
        assertThat(Exclamation.is(text)).isFalse();
    }
}
