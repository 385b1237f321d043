package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.text.EchoQuestion;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reply that puts a short question and answers it at once in the other person's own words argues a point with a
 * rhetorical question: nobody owes it an answer. A question followed by words of the writer's own, or one that asks
 * with a question word, still waits.
 */
class QuestionSettledByItsAskerTest {

    private static Chat argued(String answerBack) {
        Chat chat = Chat.coaching("ana", "bob");
        MessageId claim = chat.say("ana", "commute", "the night bus is slow, but it beats walking");
        chat.later(Duration.ofMinutes(10));
        MessageId doubt = chat.reply("bob", "commute", claim, "ana", "beats walking??");
        chat.later(Duration.ofMinutes(5));
        chat.reply("ana", "commute", doubt, "bob", answerBack);
        chat.later(Duration.ofHours(20)).say("bob", "garden", "first courgette of the year is the size of my thumb");
        chat.later(Duration.ofHours(20)).say("bob", "garden", "the slugs found the lettuce before I did");
        chat.later(Duration.ofHours(24));
        return chat;
    }

    @Test
    void aQuestionAnsweredAtOnceInTheirWordsWaitsForNobody() {
        assertThat(argued("at two am? beats walking.").findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void aQuestionFollowedByOnesOwnWordsStillWaits() {
        assertThat(argued("at two am? or only when dry").findings(ONEWAY_UNANSWERED))
                .hasSize(1);
    }

    @Test
    void readsTheClosingAgainstTheRepliedWords() {
        int[] replied = EchoQuestion.words("is the cafe shut on mondays?");
        assertThat(EchoQuestion.settledInTheirWords("on a bank holiday? shut.", replied)).isTrue();
        assertThat(EchoQuestion.settledInTheirWords("on a bank holiday? no idea", replied)).isFalse();
        assertThat(EchoQuestion.settledInTheirWords("which monday? shut", replied)).isFalse();
        assertThat(EchoQuestion.settledInTheirWords("did you ring them? shut?", replied)).isFalse();
    }
}
