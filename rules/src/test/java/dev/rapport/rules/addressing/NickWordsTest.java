package dev.rapport.rules.addressing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The nick-shaped words of a message, compared by loose spelling. */
class NickWordsTest {

    @Test
    void aNickNamedMidSentenceIsFoundWhateverItsCaseOrDecorations() {
        int[] words = NickWords.of("I think Mirak wrote that script last year");
        assertThat(NickWords.contains(words, NickWords.hash("mirak_"))).isTrue();
        assertThat(NickWords.contains(words, NickWords.hash("mirak|away"))).isTrue();
    }

    @Test
    void aNickThatIsNotAmongTheWordsIsNotFound() {
        int[] words = NickWords.of("the script from last year still runs");
        assertThat(NickWords.contains(words, NickWords.hash("mirak"))).isFalse();
        assertThat(NickWords.of("")).isEmpty();
    }
}
