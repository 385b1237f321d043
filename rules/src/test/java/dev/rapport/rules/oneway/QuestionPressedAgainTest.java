package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question already told as waiting, asked again the same way by the same person ("sorry to chase, any news?"), is the
 * same wait: its tip said it, and the chase is not told a second time. Once the first is answered, a new question from them
 * waits as any other, and is told when it is left.
 */
class QuestionPressedAgainTest {

    /** Cleo asks Ana by name; Ana chats elsewhere for two days; the first question is told. */
    private static Chat cleoWaits() {
        Chat chat = Chat.coaching("ana");
        chat.mention("cleo", "workshop", "ana", "do you still restring old chairs? the seat on mine has split");
        chat.later(Duration.ofHours(4)).say("ana", "lounge", "fresh batch of cane arrived, smells like summer");
        chat.later(Duration.ofHours(24)).say("ana", "lounge", "anyone at the craft fair on Sunday?");
        return chat;
    }

    @Test
    void staysQuietAboutTheChaseOfAQuestionAlreadyTold() {
        Chat chat = cleoWaits();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
        chat.later(Duration.ofHours(20)).mention("cleo", "workshop", "ana", "sorry to chase! any chance with my chair?");
        chat.later(Duration.ofHours(4)).say("ana", "lounge", "stall is booked for Sunday, come say hello");
        chat.later(Duration.ofHours(30)).say("ana", "lounge", "sold out of footstools by noon");
        assertThat(chat.finish().findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void firesAgainForANewQuestionAfterTheFirstWasAnswered() {
        Chat chat = cleoWaits();
        MessageId answer = chat.later(Duration.ofHours(2)).mention("ana", "workshop", "cleo", "yes, bring it on "
                + "Thursday and I'll have a look");
        assertThat(answer).isNotNull();
        chat.later(Duration.ofHours(20)).mention("cleo", "workshop", "ana", "which wood stain goes best with pale cane?");
        chat.later(Duration.ofHours(4)).say("ana", "lounge", "stall is booked for Sunday, come say hello");
        chat.later(Duration.ofHours(30)).say("ana", "lounge", "sold out of footstools by noon");
        assertThat(chat.finish().findings(ONEWAY_UNANSWERED)).hasSize(2);
    }
}
