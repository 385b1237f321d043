package dev.rapport.rules.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The families in which people ask others to judge their work, with no question mark to give it away. */
class CritiqueRequestPhrasesTest {

    @Test
    void lendingAnEyeOrAnEarAsksForCritique() {
        assertThat(CritiqueRequest.is("new chorus up, would love fresh ears on the bridge")).isTrue();
        assertThat(CritiqueRequest.is("cover draft attached, eyes on the lettering please")).isTrue();
        assertThat(CritiqueRequest.is("could use a quick listen before I send it to the label")).isTrue();
        assertThat(CritiqueRequest.is("needs a second look, the shading feels off")).isTrue();
        assertThat(CritiqueRequest.is("gut check on the palette before I print it")).isTrue();
    }

    @Test
    void askingWhatTheReaderWouldChangeAsksForCritique() {
        assertThat(CritiqueRequest.is("first pass at the logo. what would you tweak")).isTrue();
        assertThat(CritiqueRequest.is("intro paragraph below, tell me what I should cut")).isTrue();
    }

    @Test
    void aLaunchWithWordsOfLookingAndListeningIsNot() {
        assertThat(CritiqueRequest.is("my EP is out now, give it a listen on every platform")).isFalse();
        assertThat(CritiqueRequest.is("keep your eyes peeled, the new prints drop Friday")).isFalse();
        assertThat(CritiqueRequest.is("check out the new prints, 20% off this week")).isFalse();
    }
}
