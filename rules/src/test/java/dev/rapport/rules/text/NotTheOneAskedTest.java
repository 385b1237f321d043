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
}
