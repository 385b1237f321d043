package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import dev.rapport.rules.rule.RuleId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_ADVOCATES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who tells a seller they got people of their own to buy what the seller offers ("got three neighbours to
 * order one too") brought that seller customers: an advocate, whose question left waiting is the costliest miss.
 * "It" and "one" are the seller's only when said to someone who sells here; getting people to try or read something
 * buys nothing.
 */
class BroughtOthersToBuyTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "pledged on day one and got two mates from my running club to back it as well",
        "I persuaded my sister to order one for her flat",
        "talked four people from our allotment into pre-ordering it",
        "convinced my whole reading group to buy your second volume"
    })
    void gettingPeopleOfOnesOwnToBuyIsAnAdvocatesWord(String text) {
        assertThat(Referral.broughtOthersToBuy(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // Trying, reading or coming along buys nothing.
        "got my sister to try it last night and she hated the taste",
        "persuaded two friends from work to read it over the holidays",
        // Clients handed on are trade between sellers.
        "got two clients from my old agency to order one",
        // Getting something, not someone.
        "got the courier to bring it round on Monday"
    })
    void tryingReadingOrClientsHandedOnIsNot(String text) {
        assertThat(Referral.broughtOthersToBuy(text)).isFalse();
    }

    /**
     * In a makers' server with no roles Ana sells her lamps with a link to her shop, and Bea does not sell; Dev tells
     * {@code to} {@code words} and asks about the shade; {@code to} chats on.
     */
    private static Chat toldThenAsks(String to, String words) {
        return Scene.coaching("ana", "bea").says("ana", "workshop", "new batch of brass desk lamps, hand-finished "
                        + "https://analamps.example/shop/desk-lamp")
                .says("bea", "workshop", "soldering all weekend, fingers like sausages")
                .asks("dev", "workshop", to, words)
                .stillAround(to, "workshop", "anyone know a good place for cloth flex?").build();
    }

    private static final String GOT_THEM_TO_ORDER = "got three people from my pottery group to order one too! does "
            + "the shade come in green?";

    /** Told to the one who sells the lamps, "got them to order one" brought her customers: her advocate waits. */
    @Test
    void firesWhenSomeoneWhoGotFriendsToBuyTheSellersWorkAsksAndHearsNothing() {
        Chat chat = toldThenAsks("ana", GOT_THEM_TO_ORDER);
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    /** Friends got to try it bought nothing: the asker is owed an answer, not as her advocate. */
    @Test
    void staysQuietWhenTheFriendsWereOnlyGotToTryIt() {
        Chat chat = toldThenAsks("ana", "got three people from my pottery group to try it too! does the shade come "
                + "in green?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
        assertThat(chat.findings(RuleId.ONEWAY_UNANSWERED)).hasSize(1);
    }

    /** Told to someone who sells nothing here, "one" was not hers: a question owed an answer, no more. */
    @Test
    void staysQuietWhenTheOneToldSellsNothingHere() {
        Chat chat = toldThenAsks("bea", GOT_THEM_TO_ORDER);
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
        assertThat(chat.findings(RuleId.ONEWAY_UNANSWERED)).hasSize(1);
    }
}
