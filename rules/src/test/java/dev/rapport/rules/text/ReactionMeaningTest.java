package dev.rapport.rules.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which reactions answer the question they are put on, and which only say it was seen or is being thought about. */
class ReactionMeaningTest {

    @Test
    void aYesAThanksOrAHeartAnswers() {
        assertThat(ReactionMeaning.answers("\uD83D\uDC4D")).isTrue();
        assertThat(ReactionMeaning.answers("\uD83D\uDC4D\uD83C\uDFFD")).isTrue();
        assertThat(ReactionMeaning.answers("\u2705")).isTrue();
        assertThat(ReactionMeaning.answers("\u2764\uFE0F")).isTrue();
        assertThat(ReactionMeaning.answers("\uD83D\uDE4F")).isTrue();
        assertThat(ReactionMeaning.answers("partyblob")).isTrue();
    }

    @Test
    void aLookAThoughtALaterOrANoIdeaDoesNot() {
        assertThat(ReactionMeaning.answers("\uD83D\uDC40")).isFalse();
        assertThat(ReactionMeaning.answers("\uD83D\uDC41\uFE0F")).isFalse();
        assertThat(ReactionMeaning.answers("\uD83E\uDD14")).isFalse();
        assertThat(ReactionMeaning.answers("\u23F3")).isFalse();
        assertThat(ReactionMeaning.answers("\u2753")).isFalse();
        assertThat(ReactionMeaning.answers("\uD83E\uDD37\u200D\u2640\uFE0F")).isFalse();
        assertThat(ReactionMeaning.answers("\uD83E\uDD37\uD83C\uDFFB")).isFalse();
        assertThat(ReactionMeaning.answers("eyes_blink")).isFalse();
        assertThat(ReactionMeaning.answers("Thonk")).isFalse();
    }

    @Test
    void aReactionWhoseEmojiIsNotKnownAnswersAsEveryReactionDidBefore() {
        assertThat(ReactionMeaning.answers("")).isTrue();
        assertThat(ReactionMeaning.answers(null)).isTrue();
    }
    @Test
    void aYesOrNoQuestionAProposalOrAHeadCountCanBeAnsweredByAReaction() {
        assertThat(ReactionMeaning.canAnswer("are we still on for the Friday stall?")).isTrue();
        assertThat(ReactionMeaning.canAnswer("how about Thursday instead, same time?")).isTrue();
        assertThat(ReactionMeaning.canAnswer("who's in for the pub quiz on Tuesday?")).isTrue();
        assertThat(ReactionMeaning.canAnswer("could you drop the spare keys round?")).isTrue();
        assertThat(ReactionMeaning.canAnswer("no question here, just saying hi")).isTrue();
    }

    @Test
    void aQuestionForATimeAPlaceAThingOrAnAmountNeedsWords() {
        assertThat(ReactionMeaning.canAnswer("van's back from the garage, when's it free again?")).isFalse();
        assertThat(ReactionMeaning.canAnswer("which size did you order in the end?")).isFalse();
        assertThat(ReactionMeaning.canAnswer("@Ruth Ames where did you leave the ladder?")).isFalse();
        assertThat(ReactionMeaning.canAnswer("so how much do I owe you for the paint?")).isFalse();
    }
}
