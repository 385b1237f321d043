package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who asks the room for ideas and is offered one by its name alone, with a question's rising tone and a
 * reason beside it ("Pirates? the scouts have built a ship all spring"), got the idea they asked for: as "maybe
 * pirates?" would, it asks nothing back. The same word alone ("Pirates?") may be a real question, and still waits.
 */
class IdeaNamedInAnswerTest {

    /** Ana asks the room for a theme; Bo replies with {@code words}; Ana posts elsewhere. */
    private static Chat anaAsksAndBoReplies(String words) {
        Chat chat = Chat.coaching("ana");
        MessageId asked = chat.say("ana", "planning", "the summer fair needs a theme this year. any ideas?");
        chat.later(Duration.ofMinutes(15)).reply("bo", "planning", asked, "ana", words);
        chat.later(Duration.ofHours(3)).say("ana", "lounge", "long day of invoices, then choir practice");
        chat.later(Duration.ofHours(30)).say("ana", "lounge", "choir went fine, the altos were on form");
        return chat.finish();
    }

    @Test
    void staysQuietWhenTheReplyNamesAnIdeaBesideAReason() {
        assertThat(anaAsksAndBoReplies("Pirates? the scouts have built a cardboard ship all spring")
                .findings(ONEWAY_UNANSWERED)).isEmpty();
        assertThat(anaAsksAndBoReplies("love it. a treasure trail round the stalls?")
                .findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenTheWordStandsAloneAndMayAskSomething() {
        assertThat(anaAsksAndBoReplies("Pirates?").findings(ONEWAY_UNANSWERED)).hasSize(1);
    }
}
