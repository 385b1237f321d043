package dev.rapport.rules.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NotTheOneAskedTest {
    @Test
    void anAnswerOpeningBySayingItIsNotFromThePersonAsked() {
        assertThat(NotTheOneAsked.opens("not Fay but: a buff stoneware does that")).isTrue();
        assertThat(NotTheOneAsked.opens("I'm not Rosa Lind, but the blue one works")).isTrue();
        assertThat(NotTheOneAsked.opens("Not @kiln.kat but I fire to cone six")).isTrue();
        assertThat(NotTheOneAsked.opens("not who you asked, but I'd use a slower ramp")).isTrue();
    }

    @Test
    void aHedgeOrAnAnswerNamingNobodyIsNot() {
        assertThat(NotTheOneAsked.opens("Not sure but I think ten to four")).isFalse();
        assertThat(NotTheOneAsked.opens("Not Really, but try the blue one")).isFalse();
        assertThat(NotTheOneAsked.opens("yes, ten to four on Sundays")).isFalse();
        assertThat(NotTheOneAsked.opens("it's not Fay's, but mine is similar")).isFalse();
    }

    @Test
    void aGuessThatLeavesTheFinalWordToThePersonAsked() {
        assertThat(NotTheOneAsked.leavesItToThem("I doubt Fay fires on Sundays, but she'll confirm")).isTrue();
        assertThat(NotTheOneAsked.leavesItToThem("probably the blue glaze. Rosa can let you know")).isTrue();
        assertThat(NotTheOneAsked.leavesItToThem("He will know for sure, I only tried it once")).isTrue();
    }

    @Test
    void anAnswerGivenOrAPromiseOfOnesOwnIsNot() {
        assertThat(NotTheOneAsked.leavesItToThem("she fires on Sundays, ten till four")).isFalse();
        assertThat(NotTheOneAsked.leavesItToThem("I'll confirm the times tonight")).isFalse();
        assertThat(NotTheOneAsked.leavesItToThem("You can confirm it at the desk")).isFalse();
        assertThat(NotTheOneAsked.leavesItToThem("they fire it slowly so the glaze can settle")).isFalse();
    }
}
