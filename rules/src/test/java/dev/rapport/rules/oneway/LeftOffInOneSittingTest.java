package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where someone left off is where they last sat: a word in a second room minutes after the first is the same sitting,
 * and a question put to them the next day in either room is part of a conversation they know goes on.
 */
class LeftOffInOneSittingTest {

    /**
     * Wren tells Hal in #orders what the jars cost, then, {@code thenElsewhere} later, posts in #market; the next day
     * Hal asks her in #orders, and she writes nothing more before the record stops.
     */
    private static Chat askedWhereSheSpokeBeforeARoomElsewhere(Duration thenElsewhere, MessageId[] question) {
        Chat chat = Chat.coaching("wren");
        chat.later(Duration.ofDays(1));
        chat.mention("wren", "orders", "hal", "the big jars are twelve, the small ones seven");
        chat.later(thenElsewhere);
        chat.say("wren", "market", "the stall is open from nine on Saturday");
        chat.later(Duration.ofHours(22));
        question[0] = chat.mention("hal", "orders", "wren", "great, could you put six big ones aside for Saturday?");
        chat.later(Duration.ofDays(5));
        chat.finish();
        return chat;
    }

    @Test
    void firesWhenTheQuestionCameInARoomSheLeftMinutesBeforeHerLastWordElsewhere() {
        MessageId[] q = new MessageId[1];
        Chat chat = askedWhereSheSpokeBeforeARoomElsewhere(Duration.ofMinutes(4), q);
        assertThat(chat.findings(ONEWAY_UNANSWERED)).singleElement()
                .satisfies(f -> assertThat(f.evidence().suggestions()).containsExactly(q[0]));
    }

    @Test
    void staysQuietWhenHerLastWordElsewhereCameHoursAfterSheLeftTheRoomOfTheQuestion() {
        // Hours later, in another room, is another sitting: she left off there, and was away from #orders when asked.
        Chat chat = askedWhereSheSpokeBeforeARoomElsewhere(Duration.ofHours(3), new MessageId[1]);
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }
}
