package dev.rapport.rules.audience;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Work at an occasion of the writer's, told to the one who worked it in their trade's own verb ("you played our
 * wedding", "you called our barn dance"), beside more of the work asked for on a date, is a returning client's word:
 * nobody phones, sees or owns someone else's wedding. A guest's verbs, or the same words with no pay talked, say
 * nothing of a hire.
 */
class OccasionWorkedTest {

    @Test
    void anOccasionWorkedWithMoreAskedForOnADateIsAClientsWord() {
        assertThat(BoughtBefore.paidWorkTold("you called our church hall barn dance last spring, could you do our "
                + "summer social on 12 July?")).isTrue();
        assertThat(BoughtBefore.paidWorkTold("you played our wedding in 2025, happy to book you again for the "
                + "anniversary")).isTrue();
        assertThat(BoughtBefore.customerOfTheOneToldTo("you ran our quiz night in March, what would you charge for "
                + "the Christmas one?")).isTrue();
    }

    @Test
    void aGuestsVerbOrNoPayTalkedIsNoClientsWord() {
        assertThat(BoughtBefore.paidWorkTold("you came to our wedding in 2025, could you do our summer social on "
                + "12 July?")).isFalse();
        assertThat(BoughtBefore.paidWorkTold("you missed our barn dance, what would you charge for lessons?"))
                .isFalse();
        assertThat(BoughtBefore.paidWorkTold("you called our barn dance last spring and it was a riot")).isFalse();
    }
}
