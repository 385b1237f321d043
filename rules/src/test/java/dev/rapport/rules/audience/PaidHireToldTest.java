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

    /**
     * Work told in any trade's verb, past by its -ed or by when it was done, beside talk of pay, is a client's word;
     * whatever list of trade verbs there is, it misses some trade.
     */
    @Test
    void workToldInAnyVerbWithPayTalkedIsAClientsWord() {
        assertThat(BoughtBefore.paidWorkTold("you repointed our chimney, what would it cost to do the garage wall?")).isTrue();
        assertThat(BoughtBefore.paidWorkTold("you restumped my shed two years ago, can I book you for the "
                + "gate?")).isTrue();
        assertThat(BoughtBefore.paidWorkTold("you rehung my sash windows back in 2024, happy to pay for a look at "
                + "the sticky one")).isTrue();
        assertThat(BoughtBefore.paidWorkTold("you sweep my chimney in October, happy to book you again for this year")).isTrue();
    }

    /** Seeing, answering or inspiring is no work on the thing; nor is work told with no pay talked. */
    @Test
    void seeingAnsweringOrNoPayIsNoClientsWord() {
        assertThat(BoughtBefore.paidWorkTold("you answered my question last week, what would a lesson cost?")).isFalse();
        assertThat(BoughtBefore.paidWorkTold("you inspired my first quilt last year, what do you charge for a "
                + "class?")).isFalse();
        assertThat(BoughtBefore.paidWorkTold("you saw my garden in May, could we book you for the hedge?")).isFalse();
        assertThat(BoughtBefore.paidWorkTold("you repointed our chimney and it still looks great")).isFalse();
        assertThat(BoughtBefore.paidWorkTold("if you repointed our chimney, what would it cost?")).isFalse();
    }

    /**
     * More of the work asked of the one who did it (whether they take bookings, a child taken on as a pupil, the thing
     * brought in to them) asks for their paid time, so beside the work told it is a client's word.
     */
    @Test
    void moreOfTheWorkAskedForBesideTheWorkToldIsAClientsWord() {
        assertThat(BoughtBefore.payTalked("you reupholstered our armchair last autumn and the seat has sagged, can we "
                + "bring it in next week?")).isTrue();
        assertThat(BoughtBefore.payTalked("you coached my daughter last season, are you taking new players this "
                + "year?")).isTrue();
        assertThat(BoughtBefore.payTalked("you taught my son to swim in May, could you take my daughter on for the "
                + "summer term?")).isTrue();
    }

    /** A lift, a point raised or a visit between friends asks for nobody's paid time. */
    @Test
    void aLiftAPointRaisedOrAVisitIsNoMoreWorkAsked() {
        assertThat(BoughtBefore.payTalked("you taught my son chess, could you take my son to the match on "
                + "Saturday?")).isFalse();
        assertThat(BoughtBefore.payTalked("you fixed my bike last week, can I bring it round again?")).isFalse();
        assertThat(BoughtBefore.payTalked("are you taking the train to the meetup?")).isFalse();
        assertThat(BoughtBefore.payTalked("you proofread my essay, can I bring it up at the meeting?")).isFalse();
    }
}
