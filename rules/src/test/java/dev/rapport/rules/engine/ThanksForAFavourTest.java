package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone away when a question came whose first word back thanks the asker for a favour ("huge thanks to Cy for the
 * flapjacks, all gone by noon") speaks of the flapjacks: it names Cy without answering who has the key, and the question
 * still waits. The same first word back that answers it ("thanks Cy, the hall key is with the caretaker") takes it up.
 */
class ThanksForAFavourTest {

    private static Chat awayWhenAsked() {
        Chat chat = Chat.coaching("di");
        chat.say("di", "volunteers", "the safeguarding refresher is online, forty minutes, by the end of March please");
        chat.later(Duration.ofDays(2));
        chat.mention("cy", "volunteers", "di", "who has the hall key over the holidays? the office closes on the 20th");
        chat.later(Duration.ofHours(54));
        return chat;
    }

    /** The person's first word back, then a post elsewhere, and two days for a waiting question to be told. */
    private static Chat firstWordBack(String text) {
        Chat chat = awayWhenAsked();
        chat.say("di", "volunteers", text);
        chat.later(Duration.ofHours(3));
        chat.say("di", "general", "the March rota is up on the board");
        chat.later(Duration.ofDays(2));
        return chat;
    }

    @Test
    void thanksForAFavourOnTheWayBackLeaveTheQuestionWaiting() {
        Chat chat = firstWordBack("thank you to Cy for the flapjacks, all gone by noon");

        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void aFirstWordBackThatAnswersTakesItUp() {
        Chat chat = firstWordBack("thanks Cy, the hall key is with the caretaker over the holidays");

        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void thanksForAskingOnTheWayBackIsTheCatchingUp() {
        Chat chat = firstWordBack("so sorry, only just back! thanks for asking Cy, I'll sort it today");

        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }
}
