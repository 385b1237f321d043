package dev.rapport.rules.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The cues read a text in place exactly as they read its lower-cased copy, whatever the alphabet. */
class LoweredTest {
    private static final Lowered.Phrases CALLS = new Lowered.Phrases(List.of("dm me", "book a call", "hit me up"));

    @Test
    void findsPhrasesWhateverTheirCase() {
        assertThat(Lowered.containsAny("Happy to help, DM Me anytime", CALLS)).isTrue();
        assertThat(Lowered.containsAny("happy to help", CALLS)).isFalse();
        assertThat(Lowered.contains("Let's BOOK A CALL", "book a call")).isTrue();
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
        // "İ" lowers to "i" and a combining dot, which is not a letter: "help me" stands alone after it.
        assertThat("\u0130".toLowerCase(Locale.ROOT)).hasSize(2);
        assertThat(HelpRequest.is("\u0130help me")).isTrue();
        assertThat(Lowered.containsAny(Lowered.view("H\u0130T ME UP"), CALLS)).isFalse();
    }

    @Test
    void aWordWithALetterBeyondTheBasicPlaneIsOneWord() {
        // "ok𝐀" is one word of three letters, not "ok" followed by something else.
        String text = "ok\uD835\uDC00 see you later then";
        assertThat(Acknowledgement.is(text, TextFeatures.of(text), false)).isFalse();
    }

    @Test
    void phrasesMustBeLowerCaseAsciiFirst() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Lowered.Phrases(List.of("DM me")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
