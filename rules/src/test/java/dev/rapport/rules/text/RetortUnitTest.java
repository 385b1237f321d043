package dev.rapport.rules.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetortUnitTest {

    @Test
    void anArguedSinceWhenWithAStatementAfterItIsARetort() {
        assertThat(Retort.is("since when does tidying the bench make me the fussy one? it's the rule here."))
                .isTrue();
        assertThat(Retort.is("Mo: really? since when has a quiet room been something only members get? it's for all."))
                .isTrue();
    }

    @Test
    void aSinceWhenThatEndsTheMessageOrIsBareOrSitsBesideARealQuestionAsks() {
        assertThat(Retort.is("since when does the pump rattle like that when it starts?")).isFalse();
        assertThat(Retort.is("the pump rattles? since when?")).isFalse();
        assertThat(Retort.is("since when does the pump rattle like that when it starts? which model is it? mine is fine."))
                .isFalse();
        assertThat(Retort.is("when did the pump start rattling? mine is fine.")).isFalse();
    }
}
