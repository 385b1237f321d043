package dev.rapport.rules.audience;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A past client telling a tradesperson of the work done for them, with a hire said outright or a booking offered,
 * speaks of paid work even where the tradesperson was never seen selling in the community.
 */
class PaidHireToldTest {

    /** Hiring and commissioning are paying for work; offering to book someone engages their paid time. */
    @Test
    void aHireToldOrABookingOfferedSaysTheWorkWasPaid() {
        assertThat(BoughtBefore.payTalked("we hired you for the loft conversion and it's still perfect")).isTrue();
        assertThat(BoughtBefore.payTalked("I commissioned you for the wedding portrait, remember?")).isTrue();
        assertThat(BoughtBefore.payTalked("you rewired my workshop in spring, happy to book you in again "
                + "if it's the breaker")).isTrue();
        assertThat(BoughtBefore.payTalked("could we book you for the autumn prune?")).isTrue();
    }

    /** A thing booked for someone is a favour, and using someone as an example hires nobody. */
    @Test
    void aThingBookedForThemOrAnExampleIsNoHire() {
        assertThat(BoughtBefore.payTalked("I booked you a table for eight, see you there")).isFalse();
        assertThat(BoughtBefore.payTalked("happy to book you a seat on the coach too")).isFalse();
        assertThat(BoughtBefore.payTalked("I used you as an example in my talk, hope that's ok")).isFalse();
        assertThat(BoughtBefore.payTalked("we hired a van for the show, anyone want a lift?")).isFalse();
    }

    /** Tradespeople's own verbs tell of their work as "you did our kitchen" does. */
    @Test
    void aTradesVerbTellsOfWorkDoneForTheWriter() {
        assertThat(BoughtBefore.servedBy("you trimmed our hedges in the spring and they look great")).isTrue();
        assertThat(BoughtBefore.servedBy("you pruned our apple trees last winter")).isTrue();
        assertThat(BoughtBefore.servedBy("you surveyed my neighbour's house last year")).isFalse();
    }
}
