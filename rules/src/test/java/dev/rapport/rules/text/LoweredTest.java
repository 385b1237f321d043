package dev.rapport.rules.text;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The cues read a text in place exactly as they read its lower-cased copy, whatever the alphabet. */
class LoweredTest {
    @Test
    void readsWordsWhateverTheirCase() {
        assertThat(Lowered.is("Say HELLO", 4, 9, "hello")).isTrue();
        assertThat(Lowered.startsWith("Introductions", 0, "intro")).isTrue();
        assertThat(Lowered.is("Say HELLO", 0, 3, "hello")).isFalse();
    }

    @Test
    void aCharacterThatLowersToAnAsciiLetterCountsAsThatLetter() {
        // The Kelvin sign lowers to 'k', so "O\u212A" is "ok" once lowered, as String.toLowerCase has it.
        assertThat("O\u212A".toLowerCase(Locale.ROOT)).isEqualTo("ok");
        assertThat(Acknowledgement.is("O\u212A then, see you", TextFeatures.of("O\u212A then, see you"), false))
                .isTrue();
    }

    @Test
    void aDottedCapitalILowersToTwoCharactersAsInTheLoweredCopy() {
        // "İ" lowers to "i" and a combining dot, which is not a letter: "ntro" is a word of its own after it.
        assertThat("\u0130".toLowerCase(Locale.ROOT)).hasSize(2);
        assertThat(Lowered.view("\u0130ntros")).isEqualTo("i\u0307ntros");
        assertThat(ChannelPurpose.introductions(dev.rapport.rules.model.ChannelInfo.of("\u0130ntroductions", "")))
                .isEqualTo(ChannelPurpose.introductions(dev.rapport.rules.model.ChannelInfo.of("i\u0307ntroductions", "")));
    }

    @Test
    void aWordWithALetterBeyondTheBasicPlaneIsOneWord() {
        // "ok𝐀" is one word of three letters, not "ok" followed by something else.
        String text = "ok\uD835\uDC00 see you later then";
        assertThat(Acknowledgement.is(text, TextFeatures.of(text), false)).isFalse();
    }
}
