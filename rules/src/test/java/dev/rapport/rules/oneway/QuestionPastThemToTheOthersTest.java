package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.text.Exclamation;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thanking someone by name and then asking whether another member will do the rest puts the question past them, to
 * the room, as "anyone else?" does: nothing waits on the one thanked. A question of their own in the same message
 * still waits for them.
 */
class QuestionPastThemToTheOthersTest {

    @Test
    void aQuestionForAnotherMemberAfterThanksWaitsOnNobodyNamed() {
        Chat chat = Chat.coaching("cal");
        chat.mention("bea", "rota", "cal", "Thanks Cal, Saturday's stall is covered now. Could another member "
                + "take the Sunday morning slot?");
        around(chat);
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void aQuestionOfTheirOwnBesideItStillWaitsForThem() {
        Chat chat = Chat.coaching("cal");
        MessageId q = chat.mention("bea", "rota", "cal", "Thanks Cal, Saturday's stall is covered now. Could "
                + "another member take Sunday? And could you bring the float tin?");
        around(chat);
        assertThat(chat.findings(ONEWAY_UNANSWERED)).singleElement().satisfies(f -> {
            assertThat(f.user().value()).isEqualTo("cal");
            assertThat(f.evidence().suggestions()).containsExactly(q);
        });
    }

    @Test
    void otherMembersAskTheRoomUnlessAYouSinglesOutTheReader() {
        assertThat(Exclamation.is("would another member like to look at the maps too?")).isTrue();
        assertThat(Exclamation.is("do other members get the same error?")).isTrue();
        assertThat(Exclamation.is("could you ask another member to cover Sunday?")).isFalse();
    }

    /** Cal writes elsewhere on each of the next three days: a question waiting on him would have been seen. */
    private static void around(Chat chat) {
        for (int day = 0; day < 3; day++) {
            chat.later(Duration.ofHours(20)).say("cal", "general", "the van's tyre is finally sorted");
        }
    }
}
