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
        assertThat(BoughtBefore.paidWorkTold("you inspired my first quilt last year, what is your fee for a "
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

    /**
     * A slot asked of the one who did the work ("could you fit her in again?") or a job of the household asked for a
     * date ("could you do our hall on the 3rd?") asks for their paid time, so beside the work told it is a client's word
     * (since session 39).
     */
    @Test
    void aSlotOrADatedJobAskedOfTheOneWhoDidTheWorkIsAClientsWord() {
        assertThat(BoughtBefore.paidWorkTold("you clipped our poodle in April, she looks so smart. could you fit her "
                + "in again before the wedding?")).isTrue();
        assertThat(BoughtBefore.paidWorkTold("you serviced our boiler last winter, can you squeeze the radiators in "
                + "before the cold snap?")).isTrue();
        assertThat(BoughtBefore.paidWorkTold("you painted our front room in March, could you do our hall on the "
                + "3rd?")).isTrue();
        assertThat(BoughtBefore.paidWorkTold("the cake you did for my retirement was perfect, could you do my "
                + "husband's party on Saturday?")).isTrue();
    }

    /** Fitting in with others, a favour done, or a job asked with no date asks for nobody's paid time. */
    @Test
    void fittingInAFavourOrAnUndatedAskIsNoSlotAsked() {
        assertThat(BoughtBefore.payTalked("could you fit in with the Thursday crowd instead?")).isFalse();
        assertThat(BoughtBefore.paidWorkTold("you fixed my bike last week, could you fit it in your car for the "
                + "ride home?")).isFalse();
        assertThat(BoughtBefore.paidWorkTold("the thing you did for my birthday was so kind, could you do my "
                + "hair like that sometime?")).isFalse();
        assertThat(BoughtBefore.paidWorkTold("the favour you did for us was huge, thanks again")).isFalse();
    }

    /**
     * A stay or a visit told in the past, with the booking asked again, is a returning guest's word; a visit told without
     * coming back, or a booking asked with no visit before, is not (since session 39).
     */
    @Test
    void aPastStayWithABookingAgainIsAReturningGuestsWord() {
        assertThat(BoughtBefore.comesBackToBook("we stayed in the lakeside cabin two summers ago, is the jetty open "
                + "if we book again for August?")).isTrue();
        assertThat(BoughtBefore.comesBackToBook("I visited with my mum in spring, could we rebook for her birthday?"))
                .isTrue();
        assertThat(BoughtBefore.comesBackToBook("we stayed in a hostel in town last night, any parking here?")).isFalse();
        assertThat(BoughtBefore.comesBackToBook("can we book the yurt for three nights in June?")).isFalse();
    }
}
