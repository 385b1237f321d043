package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.oneway.AnsweredInTheRoomScene.anaAroundElsewhere;
import static dev.rapport.rules.oneway.AnsweredInTheRoomScene.answered;
import static dev.rapport.rules.oneway.AnsweredInTheRoomScene.asked;
import static dev.rapport.rules.oneway.AnsweredInTheRoomScene.thanked;
import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question said under someone's message but to nobody by name is often for whoever knows: when another member
 * answers the asker there and the asker thanks them, the asker has what they asked, and the person it happened to sit
 * under owes nothing. Without that thanks, or when the question named the person, it still waits for them. (The scene
 * is {@link AnsweredInTheRoomScene}, which {@code engine/AnsweredInTheRoomRestartTest} plays with a restart in it.)
 */
class AnsweredInTheRoomTest {

    @Test
    void staysQuietWhenAnotherMemberAnswersAndTheAskerThanksThem() {
        Chat chat = Chat.coaching("ana");
        MessageId plan = asked(chat).plan();
        chat.later(Duration.ofHours(14));
        thanked(chat, answered(chat, plan));
        anaAroundElsewhere(chat, Duration.ofHours(1));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenTheAskerNeverThanksTheOtherAnswer() {
        Chat chat = Chat.coaching("ana");
        MessageId plan = asked(chat).plan();
        chat.later(Duration.ofHours(14));
        answered(chat, plan);
        anaAroundElsewhere(chat, Duration.ofHours(1));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void firesWhenTheQuestionNamedThePerson() {
        Chat chat = Chat.coaching("ana");
        MessageId plan = chat.say("bob", "general", "planning a ride along the coast on Saturday, first long one");
        chat.later(Duration.ofMinutes(10));
        MessageId tip = chat.reply("ana", "general", plan, "bob", "bring more snacks than you think you need");
        chat.later(Duration.ofMinutes(10));
        chat.replyMentioning("bob", "general", tip, "ana", "ana", "@ana would you lend me your pump for it?");
        chat.later(Duration.ofHours(14));
        thanked(chat, answered(chat, plan));
        anaAroundElsewhere(chat, Duration.ofHours(1));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    /** An answer from someone else after the person's own was due does not undo the day it waited on them. */
    @Test
    void firesWhenTheOtherAnswerComesOnlyAfterTheDayItWaited() {
        Chat chat = Chat.coaching("ana");
        MessageId plan = asked(chat).plan();
        anaAroundElsewhere(chat, Duration.ofHours(2));
        thanked(chat, answered(chat, plan));
        chat.later(Duration.ofHours(30));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }
}
