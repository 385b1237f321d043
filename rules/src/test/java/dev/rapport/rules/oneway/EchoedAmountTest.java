package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An amount said back with "only" or "just" before it ("only nine? jealous" to "nine alterations on the rail this
 * morning") marvels at how few it is: an echo in surprise, owed no answer. "Only" before a word the person did not say
 * ("only hems?") asks what they meant, and waits.
 */
class EchoedAmountTest {

    /** Ana tells the room her morning's count; Bo replies {@code words}; Ana goes on elsewhere. */
    private static Chat boRepliesToAnasCount(String words) {
        Chat chat = Chat.coaching("ana");
        MessageId count = chat.say("ana", "workroom", "Tuesday. nine alterations on the rail this morning");
        chat.later(Duration.ofMinutes(15)).reply("bo", "workroom", count, "ana", words);
        chat.later(Duration.ofHours(2)).say("ana", "lounge", "new shears arrived, they glide");
        chat.later(Duration.ofHours(30)).say("ana", "lounge", "rail cleared by lunch");
        return chat.finish();
    }

    @Test
    void staysQuietForACountSaidBackWithOnly() {
        assertThat(boRepliesToAnasCount("only nine? jealous").findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenOnlyComesBeforeAWordSheDidNotSay() {
        assertThat(boRepliesToAnasCount("only hems?").findings(ONEWAY_UNANSWERED)).hasSize(1);
    }
}
