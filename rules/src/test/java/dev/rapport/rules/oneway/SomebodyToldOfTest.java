package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Someone" or "anyone" opening a message without its mark asks the room only with the verb bare ("someone have the
 * shed key"); before "has to", "was" or "is" it tells of someone ("somebody has to!" said back to thanks for a chore),
 * and nobody owes it an answer.
 */
class SomebodyToldOfTest {

    /** Tom thanks Ida for sweeping the hall; Ida says something back under it; Tom chats elsewhere for two days. */
    private static Chat idaAnswersTomsThanks(String said) {
        Chat chat = Chat.coaching("tom");
        MessageId thanks = chat.say("tom", "hall", "thanks for sweeping up after the dance, Ida");
        chat.later(Duration.ofMinutes(20)).reply("ida", "hall", thanks, "tom", said);
        chat.later(Duration.ofHours(5)).say("tom", "lounge", "the new chairs arrived, they stack nicely");
        chat.later(Duration.ofHours(26)).say("tom", "lounge", "choir practice moved to the small room on Friday");
        chat.later(Duration.ofHours(30)).say("tom", "lounge", "raffle made ninety pounds, well done all");
        return chat.finish();
    }

    @Test
    void staysQuietWhenSomeoneIsToldOfNotAsked() {
        assertThat(idaAnswersTomsThanks("Somebody has to!").findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenTheRoomWordOpensARequestWithTheVerbBare() {
        assertThat(idaAnswersTomsThanks("someone have the key for the store cupboard")
                .findings(ONEWAY_UNANSWERED)).hasSize(1);
    }
}
