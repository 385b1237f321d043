package dev.rapport.rules.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GrantedWithATimeTest {

    @Test
    void aYesThenOnlyATimeGrantsTheRequest() {
        assertThat(GrantedWithATime.is("Of course, Thursday morning?")).isTrue();
        assertThat(GrantedWithATime.is("Sure thing. How about Saturday the 9th?")).isTrue();
        assertThat(GrantedWithATime.is("Happy to. Is Monday at 10 any good?")).isTrue();
        assertThat(GrantedWithATime.is("Yes Jo, 7.30 by the gate?")).isTrue();
        assertThat(GrantedWithATime.is("Yep! How's tomorrow afternoon?")).isTrue();
    }

    @Test
    void aYesThatAsksMoreOrAcceptsAnOfferStillAsks() {
        assertThat(GrantedWithATime.is("Yes please, Thursday?")).isFalse();
        assertThat(GrantedWithATime.is("Sure, which week?")).isFalse();
        assertThat(GrantedWithATime.is("Of course. How many jars do you need?")).isFalse();
        assertThat(GrantedWithATime.is("Of course, could you bring it in on Friday?")).isFalse();
        assertThat(GrantedWithATime.is("Thursday morning?")).isFalse();
        assertThat(GrantedWithATime.is("Of course, Thursday morning.")).isFalse();
    }
}
