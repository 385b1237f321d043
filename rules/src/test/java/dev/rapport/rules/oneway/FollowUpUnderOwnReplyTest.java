package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many people keep a conversation together by replying to their own last word in it. A follow-up question placed
 * under one's own answer to someone, naming nobody, still speaks to the one that answer was for: it waits for them
 * as a second reply to them would. Under one's own post to the room it asks the room, and waits for nobody.
 */
class FollowUpUnderOwnReplyTest {

    @Test
    void aQuestionUnderOnesOwnAnswerToSomeoneWaitsForThem() {
        Chat chat = Chat.coaching("ana", "bob");
        MessageId ask = chat.say("ana", "garage", "my old bike's gears skip on every hill climb");
        chat.later(Duration.ofMinutes(25));
        MessageId advice = chat.reply("bob", "garage", ask, "ana",
                "sounds like a stretched chain, measure it with a ruler against twelve links");
        chat.later(Duration.ofMinutes(10));
        chat.reply("ana", "garage", advice, "bob", "stretched indeed, cheers");
        chat.later(Duration.ofMinutes(5));
        chat.reply("bob", "garage", advice, "bob", "told you. which year was the frame made? I note them down");
        chat.later(Duration.ofHours(20)).say("ana", "rides", "sunday loop leaves from the bakery at nine");
        chat.later(Duration.ofHours(20)).say("ana", "rides", "bring lights, the lanes get dark early");
        chat.later(Duration.ofHours(24));

        assertThat(chat.findings(ONEWAY_UNANSWERED)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("waiting")).isEqualTo(1));
    }

    @Test
    void aQuestionUnderOnesOwnPostToTheRoomWaitsForNobody() {
        Chat chat = Chat.coaching("ana", "bob");
        chat.say("ana", "garage", "fitted new brake pads this morning, the squeal is gone");
        chat.later(Duration.ofMinutes(30));
        MessageId post = chat.say("bob", "garage", "anyone tried the wax chain lube from the co-op?");
        chat.later(Duration.ofMinutes(5));
        chat.reply("bob", "garage", post, "bob", "the green tin, does it last a wet week?");
        chat.later(Duration.ofHours(20)).say("ana", "rides", "sunday loop leaves from the bakery at nine");
        chat.later(Duration.ofHours(20)).say("ana", "rides", "bring lights, the lanes get dark early");
        chat.later(Duration.ofHours(24));

        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }
}
