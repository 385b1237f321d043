package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question put to someone by name that another member takes up at once, the asker going on with them, no longer
 * waits on the one named: the conversation it started is under way. Taken up later, or with the asker not turning to
 * the one who took it up, it still waits on the one named.
 */
class TakenUpByAnotherTest {

    @Test
    void takenUpAtOnceAndTheAskerGoesOnWithTheOtherItNoLongerWaits() {
        Chat chat = Chat.coaching("ola");
        chat.say("ola", "general", "the new kiln shelves arrived this morning");
        chat.mention("pim", "general", "ola", "ola: how do I stop my glaze crawling off the rim?");
        chat.mention("kit", "general", "pim", "pim: is it crawling on the rim only or all over?");
        chat.mention("pim", "general", "kit", "kit: only the rim, the base is fine");
        chat.say("ola", "market", "spare kiln posts free to collect");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void takenUpButTheAskerNeverTurnsToTheOtherItStillWaits() {
        Chat chat = Chat.coaching("ola");
        chat.say("ola", "general", "the new kiln shelves arrived this morning");
        chat.mention("pim", "general", "ola", "ola: how do I stop my glaze crawling off the rim?");
        chat.mention("kit", "general", "pim", "pim: is it crawling on the rim only or all over?");
        chat.say("ola", "market", "spare kiln posts free to collect");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void takenUpOnlyLongAfterItStillWaitsOnTheOneNamed() {
        Chat chat = Chat.coaching("ola");
        chat.say("ola", "general", "the new kiln shelves arrived this morning");
        chat.mention("pim", "general", "ola", "ola: how do I stop my glaze crawling off the rim?");
        chat.say("ola", "market", "spare kiln posts free to collect");
        chat.later(Duration.ofMinutes(20));
        chat.mention("kit", "general", "pim", "pim: is it crawling on the rim only or all over?");
        chat.mention("pim", "general", "kit", "kit: only the rim, the base is fine");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void aFollowUpOnTheNamedOnesOwnAdviceStillWaitsWhenAnotherOnlyChimesIn() {
        // Ola's own advice is what Pim asks about: Kit's side suggestion does not answer it, so it is still Ola's.
        Chat chat = Chat.coaching("ola");
        chat.say("pim", "general", "how do I stop my glaze crawling off the rim?");
        chat.mention("ola", "general", "pim", "pim: wipe the rim with a little wax resist before you glaze");
        chat.mention("pim", "general", "ola", "ola: does the wax burn off cleanly in the firing?");
        chat.mention("kit", "general", "pim", "pim: you could also sponge the rim thinner instead");
        chat.mention("pim", "general", "kit", "kit: but then the rim looks bare");
        chat.say("ola", "market", "spare kiln posts free to collect");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void aFollowUpOnTheNamedOnesOwnAdviceThatAnotherAnswersAndIsThankedForNoLongerWaits() {
        Chat chat = Chat.coaching("ola");
        chat.say("pim", "general", "how do I stop my glaze crawling off the rim?");
        chat.mention("ola", "general", "pim", "pim: wipe the rim with a little wax resist before you glaze");
        chat.mention("pim", "general", "ola", "ola: does the wax burn off cleanly in the firing?");
        chat.mention("kit", "general", "pim", "pim: yes, it burns off completely");
        chat.mention("pim", "general", "kit", "kit: thanks!");
        chat.say("ola", "market", "spare kiln posts free to collect");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void answeredByAnotherWithinTheHalfHourAndTheAskerThanksThemItNoLongerWaits() {
        // Pim had his answer twenty minutes on and said so: nothing is left waiting on Ola.
        Chat chat = Chat.coaching("ola");
        chat.say("ola", "general", "the new kiln shelves arrived this morning");
        chat.mention("pim", "general", "ola", "ola: is the open studio on Sunday starting at ten or at noon?");
        chat.later(Duration.ofMinutes(20));
        chat.say("kit", "general", "noon this week, the morning slot went to the school group");
        chat.mention("pim", "general", "kit", "kit: oh I missed that, thanks");
        chat.say("ola", "market", "spare kiln posts free to collect");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void answeredByAnotherWithinTheHalfHourButNeverAcknowledgedItStillWaits() {
        // Kit's word may or may not settle it for Pim: he never said, so the question is still Ola's.
        Chat chat = Chat.coaching("ola");
        chat.say("ola", "general", "the new kiln shelves arrived this morning");
        chat.mention("pim", "general", "ola", "ola: is the open studio on Sunday starting at ten or at noon?");
        chat.later(Duration.ofMinutes(20));
        chat.say("kit", "general", "noon this week, the morning slot went to the school group");
        chat.say("ola", "market", "spare kiln posts free to collect");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void answeredWithinTheHalfHourBySomeoneSayingTheyAreNotTheOneAskedItStillWaits() {
        Chat chat = Chat.coaching("ola");
        chat.say("ola", "general", "the new kiln shelves arrived this morning");
        chat.mention("pim", "general", "ola", "ola: how long do you leave your bisque ware to cool in the kiln?");
        chat.later(Duration.ofMinutes(20));
        chat.mention("kit", "general", "pim", "not Ola but I leave mine a full day before opening the lid");
        chat.mention("pim", "general", "kit", "kit: a full day, thanks");
        chat.say("ola", "market", "spare kiln posts free to collect");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }
    /** Ola and Pim talk in #pricing until it is known as a room of two; days later Pim asks the room. */
    private static Chat pimAsksTheRoomOfTwoDaysLater() {
        Chat chat = Chat.coaching("ola");
        for (int i = 0; i < 10; i++) {
            chat.later(Duration.ofMinutes(5));
            chat.say(i % 2 == 0 ? "ola" : "pim", "pricing", i % 2 == 0 ? "stoneware jug, chipped lip. a fiver?"
                    : "three at most with the chip");
        }
        chat.later(Duration.ofDays(3));
        chat.say("pim", "pricing", "leather satchel, barely used, proper brass buckles. thirty?");
        return chat;
    }

    @Test
    void aRoomQuestionAnotherAnswersAndTheAskerTakesOnNoLongerWaitsOnTheRoomsOther() {
        Chat chat = pimAsksTheRoomOfTwoDaysLater();
        MessageId answer = chat.say("kit", "pricing", "thirty is fair, thirty five if the lining is clean");
        chat.reply("pim", "pricing", answer, "kit", "lining is spotless, thirty five it is");
        chat.say("ola", "market", "spare kiln posts free to collect");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void aRoomQuestionAnotherAnswersButTheAskerNeverTakesUpStillWaitsOnTheRoomsOther() {
        Chat chat = pimAsksTheRoomOfTwoDaysLater();
        chat.say("kit", "pricing", "thirty is fair, thirty five if the lining is clean");
        chat.say("ola", "market", "spare kiln posts free to collect");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }
}
