package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_ADVOCATES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Telling a seller one had or used their product through a season gone by ("I had your lamb pellets all last spring",
 * "we used your hay last year") says one bought it from them: a regular customer's words, whose next question
 * is owed an answer first. A message, a word of advice or a favour had from them says nothing of buying. A shop, bar
 * or kitchen that says it has kept the seller's goods where it serves its own customers since a season gone by ("we've
 * had your lemon curd on the counter since March") is their stockist: it bought them.
 */
class UsedTheirProductThroughASeasonTest {

    private static final String ASKED = "could you do three bags again for next month?";

    @Test
    void aProductHadOrUsedThroughALastSeasonWasBoughtFromThem() {
        assertThat(BoughtBefore.is("I had your lamb pellets all last spring and they did well on it.")).isTrue();
        assertThat(BoughtBefore.is("Tam, I used your 16% mix all last winter, no complaints.")).isTrue();
    }

    @Test
    void aMessageOrAdviceHadFromThemIsNoPurchase() {
        assertThat(BoughtBefore.is("I had your message last week, sorry for the slow reply")).isFalse();
        assertThat(BoughtBefore.is("used your advice all last spring and the lawn came back")).isFalse();
        assertThat(BoughtBefore.is("I had your pellets in the barn for a look")).isFalse();
    }

    @Test
    void firesWhenOneWhoHadTheirProductLastSeasonAsksAndHearsNothing() {
        Chat chat = Scene.coaching("ana").says("ana", "general", "new pellets are in this week")
                .asks("cleo", "general", "ana", "I had your lamb pellets all last spring and was happy. " + ASKED)
                .stillAround("ana", "yard", "loading the lorry all afternoon").build();
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isNotEmpty();
    }

    @Test
    void staysQuietWhenTheAskerOnlyHadTheirMessage() {
        Chat chat = Scene.coaching("ana").says("ana", "general", "new pellets are in this week")
                .asks("cleo", "general", "ana", "I had your message last week, ta. " + ASKED)
                .stillAround("ana", "yard", "loading the lorry all afternoon").build();
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }
    @Test
    void goodsKeptOnTheShopsCounterSinceASeasonWereBoughtFromThem() {
        assertThat(BoughtBefore.is("@Ana we've had your lemon curd on the counter since March and it sells out.")).isTrue();
        assertThat(BoughtBefore.is("Cafe Linden here, we've stocked your oat biscuits in the shop since last year.")).isTrue();
    }

    @Test
    void aTuneInOnesHeadOrAPosterInTheWindowIsNoPurchase() {
        assertThat(BoughtBefore.is("I've had your jingle in my head since spring, thanks a lot")).isFalse();
        assertThat(BoughtBefore.is("we've had your poster in the window since June")).isFalse();
    }

    @Test
    void firesWhenAShopThatKeptTheirGoodsSinceASeasonAsksAgainAndHearsNothing() {
        Chat chat = Scene.coaching("ana").says("ana", "general", "new pellets are in this week")
                .asks("cleo", "general", "ana", "we've had your lamb pellets on the shop floor since March. " + ASKED)
                .stillAround("ana", "yard", "loading the lorry all afternoon").build();
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isNotEmpty();
    }

    @Test
    void staysQuietWhenTheShopOnlyKeptTheirPosterUp() {
        Chat chat = Scene.coaching("ana").says("ana", "general", "new pellets are in this week")
                .asks("cleo", "general", "ana", "we've had your poster in the window since March. " + ASKED)
                .stillAround("ana", "yard", "loading the lorry all afternoon").build();
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }
}
