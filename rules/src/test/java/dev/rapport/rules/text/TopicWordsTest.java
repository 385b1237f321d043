package dev.rapport.rules.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When two questions ask about the same thing: by their content words, not their everyday ones. */
class TopicWordsTest {

    @Test
    void twoWordingsOfTheSameProblemShareItsContentWords() {
        int[] first = TopicWords.of("Why does my kiln shelf crack after every glaze firing?");
        int[] again = TopicWords.of("My kiln shelves keep cracking when I fire glazes, is the shelf too thin?");
        assertThat(TopicWords.sameTopic(first, again)).isTrue();
    }

    @Test
    void questionsSharingOnlyEverydayWordsAreNotTheSameTopic() {
        int[] first = TopicWords.of("How do I get this working again, anyone know what I should try?");
        int[] other = TopicWords.of("Does anyone know how to get that working, what should I try first?");
        assertThat(TopicWords.sameTopic(first, other)).isFalse();
    }

    @Test
    void aLinksHostAndPathAreNotWhatTheQuestionIsAbout() {
        assertThat(TopicWords.of("thoughts? https://photos.example/candles/linen-background")).isEmpty();
    }

    /** A capital inside a sentence names something; the opening word, "I" and the one spoken to by @mention do not. */
    @Test
    void namesAreCapitalisedWordsInsideASentenceNotItsOpeningNorTheOneSpokenTo() {
        int[] names = TopicWords.names("@Ana Ruiz lovely pots. Then how was Harrogate in the end?");
        assertThat(TopicWords.shared(names, TopicWords.of("harrogate was packed, sold out by two"))).isEqualTo(1);
        assertThat(TopicWords.shared(names, TopicWords.of("Ana Ruiz then lovely pots"))).isZero();
    }
}
