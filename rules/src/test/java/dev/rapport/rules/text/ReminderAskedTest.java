package dev.rapport.rules.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Asking to be reminded, or told when something comes, against words that only sound like it. */
class ReminderAskedTest {
    @Test
    void asksToBeRemindedOrTold() {
        assertThat(ReminderAsked.is("can you remind us the night before the doors open?")).isTrue();
        assertThat(ReminderAsked.is("drop me a nudge when the new batch is listed")).isTrue();
        assertThat(ReminderAsked.is("let us know once the tickets are on sale")).isTrue();
        assertThat(ReminderAsked.is("keep me posted, I want two")).isTrue();
    }

    @Test
    void offersHelpOrRecallsSomething() {
        assertThat(ReminderAsked.is("let me know if you need a hand carrying the trestles")).isFalse();
        assertThat(ReminderAsked.is("that reminds me, my starter needs feeding")).isFalse();
        assertThat(ReminderAsked.is("don't remind me, I burnt the last batch")).isFalse();
    }

    /** A reminder asked for at a time it names as to come asks for a word then; one asking for a fact asks now. */
    @Test
    void aReminderForATimeToComeIsForLater() {
        assertThat(ReminderAsked.forLater("@Ana can you remind everyone the week before the fair?")).isTrue();
        assertThat(ReminderAsked.forLater("remind me closer to the date, my diary is hopeless")).isTrue();
    }

    @Test
    void aReminderOfAFactOrWithNoTimeIsNotForLater() {
        assertThat(ReminderAsked.forLater("can you remind me which stall we got? closer to the door I hope")).isFalse();
        assertThat(ReminderAsked.forLater("could you remind us of the gate code?")).isFalse();
    }
}
