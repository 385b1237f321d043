package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_ADVOCATES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who writes for a club, a school or a village tells the one who worked its occasion of it by the holder's
 * name ("you played Westcombe Rugby Club's annual ball last November"), not "our", and asks the price of that job
 * again ("same fee as last time?"): whoever pays for the next one, a client back for more.
 */
class OccasionNamedByItsHolderTest {

    @Test
    void anOccasionNamedByItsHolderWithThePriceOfBeforeAskedIsPaidWorkTold() {
        assertThat(BoughtBefore.paidWorkTold("Hi @Ana. You played Westcombe Rugby Club's annual ball last November and "
                + "the dance floor never emptied. Would you do this year's on the 8th? Same fee as last time?")).isTrue();
    }

    /** Someone the holder sent tells of the same work, and asks a price of their own: a prospect. */
    @Test
    void theSameOccasionToldBesideAPriceOfTheirOwnIsNoWorkBought() {
        assertThat(BoughtBefore.paidWorkTold("Hi @Ana. You played Westcombe Rugby Club's annual ball last November, my "
                + "sister loved it. How much do you ask for a christening?")).isFalse();
        assertThat(BoughtBefore.paidWorkTold("Hi @Ana. You played Westcombe Rugby Club's annual ball last November. "
                + "Same time as last year for the committee meeting?")).isFalse();
    }

    /** In a makers' server with no roles, someone writes to Ana by name; Ana chats elsewhere. */
    private static Chat toldToHer(String words) {
        return Scene.coaching("ana").says("ana", "kitchen", "new strings on the fiddle, sounding bright")
                .says("bea", "kitchen", "lovely! mine need doing too")
                .asks("dev", "general", "ana", words)
                .stillAround("ana", "kitchen", "anyone got a spare capo I could borrow for Friday?").build();
    }

    @Test
    void firesWhenTheOneWhoBookedTheClubsBallAsksForTheNextAndHearsNothing() {
        Chat chat = toldToHer("Hi @Ana. You played Westcombe Rugby Club's annual ball last November and the dance "
                + "floor never emptied. Would you do this year's on the 8th? Same fee as last time?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    @Test
    void staysQuietWhenSomeoneTheClubSentAsksAPriceOfTheirOwn() {
        Chat chat = toldToHer("Hi @Ana. You played Westcombe Rugby Club's annual ball last November, my sister loved "
                + "it. How much do you ask for a christening?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }
}
