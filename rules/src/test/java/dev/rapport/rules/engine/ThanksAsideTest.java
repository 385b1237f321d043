package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asked how something went, people tell the room and thank whoever helped on the side ("... thanks @Lou, your tip
 * helped"): the words are the answer, and the name in the thanks does not turn them to someone else. A message that
 * only thanks, or that opens by naming someone, speaks to them and leaves the question waiting.
 */
class ThanksAsideTest {

    /** Nia asks Hal how the interview went; Hal's next word in that room, a few minutes later, is {@code said}. */
    private static Chat answeredWith(String said) {
        Chat chat = Chat.coaching("hal");
        chat.say("hal", "ask-around", "morning all");
        chat.mention("nia", "ask-around", "hal", "how did the interview at the bakery go?");
        chat.mention("hal", "ask-around", "lou", said);
        chat.later(Duration.ofHours(25));
        return chat;
    }

    @Test
    void anAnswerWithAThanksToSomeoneElseOnTheSideAnswersTheQuestion() {
        assertThat(answeredWith("went well, they want me back for a trial shift. thanks @lou, practising the "
                + "questions out loud helped").findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void aThanksAloneOrWordsThatOpenWithTheNameSpeakToThatPerson() {
        assertThat(answeredWith("thanks @lou, practising the questions out loud helped")
                .findings(ONEWAY_UNANSWERED)).hasSize(1);
        assertThat(answeredWith("@lou practising the questions out loud helped, they want me back")
                .findings(ONEWAY_UNANSWERED)).hasSize(1);
    }
}
