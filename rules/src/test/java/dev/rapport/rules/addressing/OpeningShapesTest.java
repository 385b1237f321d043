package dev.rapport.rules.addressing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shapes of a message's opening read without its words: a short exclamation, a bare figure first. */
class OpeningShapesTest {

    @Test
    void aShortExclamationBeforeMoreOfTheMessageOpensToTheRoom() {
        assertThat(ExclaimedOpening.opens("Bonsoir! Ana: the walnut one")).isTrue();
        assertThat(ExclaimedOpening.opens("Guten Abend! Ana, the walnut one")).isTrue();
        assertThat(ExclaimedOpening.opens("\u00a1Hola amigos! Ana: the walnut one")).isTrue();
    }

    @Test
    void aSentenceOrAnExclamationAloneIsNoOpening() {
        assertThat(ExclaimedOpening.opens("We finished the whole shelf! Ana: the walnut one")).isFalse();
        assertThat(ExclaimedOpening.opens("Bonsoir!")).isFalse();
        assertThat(ExclaimedOpening.opens("Ana: the walnut one!")).isFalse();
        assertThat(ExclaimedOpening.opens("!roll 2d6")).isFalse();
    }

    @Test
    void aBareFigureClosedByACommaStopOrDashOpensAnAnswer() {
        assertThat(AnswerWords.opens("3.4.1, and the older build too")).isTrue();
        assertThat(AnswerWords.opens("40. the rest went to the club")).isTrue();
        assertThat(AnswerWords.opens("7:30 - I'll be at the gate")).isTrue();
        assertThat(AnswerWords.opens("12")).isTrue();
    }

    @Test
    void aFigureRunningIntoASentenceOrAQuestionOpensNoAnswer() {
        assertThat(AnswerWords.opens("3 new people joined the club today")).isFalse();
        assertThat(AnswerWords.opens("2019 was the wettest spring here")).isFalse();
        assertThat(AnswerWords.opens("5, or did you mean the big ones?")).isFalse();
        assertThat(AnswerWords.opens("v2 is out, have a look")).isFalse();
    }

    @Test
    void aPronounAndItsAuxiliaryClosingTheirClauseAnswerYesOrNo() {
        assertThat(AnswerWords.opensYesOrNo("I do, Saturdays mostly")).isTrue();
        assertThat(AnswerWords.opensYesOrNo("we can. send the sizes over")).isTrue();
        assertThat(AnswerWords.opensYesOrNo("It isn't!")).isTrue();
        assertThat(AnswerWords.opensYesOrNo("They were \u2014 both of them")).isTrue();
        assertThat(AnswerWords.opensYesOrNo("yep, two left")).isTrue();
    }

    @Test
    void aPronounAndAuxiliaryRunningOnIntoASentenceOrAQuestionAnswerNothing() {
        assertThat(AnswerWords.opensYesOrNo("I do think the blue one is nicer")).isFalse();
        assertThat(AnswerWords.opensYesOrNo("we can meet at the gate at six")).isFalse();
        assertThat(AnswerWords.opensYesOrNo("I do, but which size did you want?")).isFalse();
        assertThat(AnswerWords.opensYesOrNo("3 left, the rest went")).isFalse();
    }
}
