package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_GIVE_TAKE;
import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person on the receiving end of a pitch: a fair coach does not tell them to answer a seller's "interested?"
 * nor to give back to someone who only tried to sell to them. A real question or real help still counts.
 */
class BeingPitchedTest {

    @Test
    void aDirectQuestionWaitsForItsAnswer() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "morning all");
        chat.direct("bob", "dm-bob-ana", "ana", "hi Ana, do you ship to Canada?");
        // Ana is around (she writes in the server), so the question waits on her, not on her return.
        chat.later(Duration.ofHours(2)).say("ana", "general", "new mugs are out of the kiln");
        chat.later(Duration.ofHours(23));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void aPitchsQuestionLeftUnansweredIsNotAQuestionWaiting() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "morning all");
        chat.direct("bob", "dm-bob-ana", "ana", "[pitch] hi Ana, growth packages from $99, interested?");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void aQuestionThatOpensAPricedOfferWithItsLinkIsNotAQuestionWaiting() {
        // The question is the way in to the offer: the price and the link are what the message brings.
        Chat chat = bobAsksAnaWhileSheIsAround("Welcome Ana! How many orders do you ship a week? Under fifty, my "
                + "shop-growth plan fixes that, $49/month: https://growplan.example/start");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void aQuestionThatMentionsAPriceWithoutOfferingAnythingStillWaits() {
        Chat chat = bobAsksAnaWhileSheIsAround("Do you still ship to Canada? It was $12 last time, is that still right?");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void aFollowUpChasingOnesOwnPitchIsNotAQuestionWaiting() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "morning all");
        MessageId pitch = chat.mention("bob", "general", "ana", "[pitch] hi Ana, growth packages from $99, book a call");
        chat.later(Duration.ofHours(20));
        chat.replyMentioning("bob", "general", pitch, "bob", "ana", "did you get a chance to look? Slots left on Friday");
        chat.later(Duration.ofHours(2)).say("ana", "general", "new mugs are out of the kiln");
        chat.later(Duration.ofHours(23));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void aFollowUpToOnesOwnQuestionStillWaits() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "morning all");
        MessageId ask = chat.mention("bob", "general", "ana", "hi Ana, I left my umbrella at your stall on Sunday");
        chat.later(Duration.ofHours(20));
        chat.replyMentioning("bob", "general", ask, "bob", "ana", "did you find it? Could I pick it up on Friday?");
        chat.later(Duration.ofHours(2)).say("ana", "general", "new mugs are out of the kiln");
        chat.later(Duration.ofHours(23));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void helpOnThreeDaysIsAFavourToReturn() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 3; i++) {
            chat.later(Duration.ofHours(i == 0 ? 0 : 20)).mention("bob", "general", "ana", "here is a tip for your shop " + i);
        }
        chat.say("ana", "general", "busy day");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).hasSize(1);
    }

    @Test
    void pitchesOnThreeDaysAreNoFavourToReturn() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 3; i++) {
            chat.later(Duration.ofHours(i == 0 ? 0 : 20)).mention("bob", "general", "ana",
                    "[pitch] my agency can grow your shop, packages from $99, offer " + i);
        }
        chat.say("ana", "general", "busy day");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).isEmpty();
    }

    /**
     * Bob asks Ana {@code question} in #general; she is around (writes there two hours later) and a day passes, so a
     * question owed an answer is overdue by then.
     */
    private static Chat bobAsksAnaWhileSheIsAround(String question) {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "morning all");
        chat.mention("bob", "general", "ana", question);
        chat.later(Duration.ofHours(2)).say("ana", "general", "new mugs are out of the kiln");
        chat.later(Duration.ofHours(23));
        return chat;
    }
}
