package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who asks the room for ideas and is offered one with a question's tentative tone ("maybe swap the last two
 * words? then the punch word lands last") got the answer they asked for: the suggestion asks nothing back, whatever
 * follows it. A question with a person in it ("maybe we could run it at the Friday workshop?") still waits.
 */
class SuggestionInAnswerTest {

    /** Ana asks the room for thoughts on her closing line; Bo replies with {@code words}; Ana posts elsewhere. */
    private static Chat anaAsksAndBoReplies(String words) {
        Chat chat = Chat.coaching("ana");
        MessageId asked = chat.say("ana", "workshop", "my closing line gets a polite smile and no laugh at all. "
                + "any thoughts?");
        chat.later(Duration.ofMinutes(20)).reply("bo", "workshop", asked, "ana", words);
        chat.later(Duration.ofHours(3)).say("ana", "lounge", "long day at the library, then a gig at nine");
        chat.later(Duration.ofHours(30)).say("ana", "lounge", "the gig went fine, small room but warm");
        return chat.finish();
    }

    @Test
    void staysQuietWhenTheReplyOffersAnIdeaTentatively() {
        assertThat(anaAsksAndBoReplies("maybe swap the last two words? then the punch word lands last")
                .findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenTheReplyProposesSomethingWithThemAndWaits() {
        assertThat(anaAsksAndBoReplies("maybe we could run it together at the Friday workshop? I have a slot")
                .findings(ONEWAY_UNANSWERED)).hasSize(1);
    }
}
