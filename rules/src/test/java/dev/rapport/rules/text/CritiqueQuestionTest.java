package dev.rapport.rules.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CritiqueQuestionTest {

    @Test
    void aCommentOfSomeLengthClosingOnOneQuestionIsACritiquesPrompt() {
        assertThat(CritiqueQuestion.closes(
                "the colours work now. the left side still feels empty next to the tree, what is she looking at?"))
                .isTrue();
        assertThat(CritiqueQuestion.closes(
                "Cleaner layout. The pricing page still opens with features, though. Who is it actually for?"))
                .isTrue();
    }

    @Test
    void aBareQuestionOrSeveralQuestionsAskThePerson() {
        assertThat(CritiqueQuestion.closes("love it! which lens did you use?")).isFalse();
        assertThat(CritiqueQuestion.closes(
                "the colours work now and the tree is better placed. is it for sale? how big is it?")).isFalse();
        assertThat(CritiqueQuestion.closes(
                "which lens did you use? the colours work now and the tree is better placed")).isFalse();
    }
}
