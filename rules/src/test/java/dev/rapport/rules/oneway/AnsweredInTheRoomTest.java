package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question said under someone's message but to nobody by name is often for whoever knows: when another member
 * answers the asker there and the asker thanks them, the asker has what they asked, and the person it happened to sit
 * under owes nothing. Without that thanks, or when the question named the person, it still waits for them.
 */
class AnsweredInTheRoomTest {

    @Test
    void staysQuietWhenAnotherMemberAnswersAndTheAskerThanksThem() {
        Chat chat = Chat.coaching("ana");
        MessageId plan = asked(chat);
        chat.later(Duration.ofHours(14));
        MessageId answer = chat.reply("dev", "general", plan, "bob",
                "the coastal path is fine on a hybrid, just walk the last stony stretch down to the harbour");
        chat.later(Duration.ofMinutes(30));
        chat.reply("bob", "general", answer, "dev", "thanks Dev, hybrid it is then");
        // Ana is around, busy elsewhere: an answer owed would be hers to give.
        chat.later(Duration.ofHours(1)).say("ana", "workshop", "truing a wheel for a friend this afternoon");
        chat.later(Duration.ofHours(30));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenTheAskerNeverThanksTheOtherAnswer() {
        Chat chat = Chat.coaching("ana");
        MessageId plan = asked(chat);
        chat.later(Duration.ofHours(14));
        chat.reply("dev", "general", plan, "bob",
                "the coastal path is fine on a hybrid, just walk the last stony stretch down to the harbour");
        // Ana is around, busy elsewhere: an answer owed would be hers to give.
        chat.later(Duration.ofHours(1)).say("ana", "workshop", "truing a wheel for a friend this afternoon");
        chat.later(Duration.ofHours(30));
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
        MessageId answer = chat.reply("dev", "general", plan, "bob",
                "the coastal path is fine on a hybrid, just walk the last stony stretch down to the harbour");
        chat.later(Duration.ofMinutes(30));
        chat.reply("bob", "general", answer, "dev", "thanks Dev, hybrid it is then");
        // Ana is around, busy elsewhere: an answer owed would be hers to give.
        chat.later(Duration.ofHours(1)).say("ana", "workshop", "truing a wheel for a friend this afternoon");
        chat.later(Duration.ofHours(30));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    /** An answer from someone else after the person's own was due does not undo the day it waited on them. */
    @Test
    void firesWhenTheOtherAnswerComesOnlyAfterTheDayItWaited() {
        Chat chat = Chat.coaching("ana");
        MessageId plan = asked(chat);
        chat.later(Duration.ofHours(2)).say("ana", "workshop", "truing a wheel for a friend this afternoon");
        chat.later(Duration.ofHours(30));
        MessageId answer = chat.reply("dev", "general", plan, "bob",
                "the coastal path is fine on a hybrid, just walk the last stony stretch down to the harbour");
        chat.later(Duration.ofMinutes(30));
        chat.reply("bob", "general", answer, "dev", "thanks Dev, hybrid it is then");
        chat.later(Duration.ofHours(30));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    /** Bob shares a plan; Ana quips under it; Bob's question follows under her quip, naming nobody. */
    private static MessageId asked(Chat chat) {
        MessageId plan = chat.say("bob", "general", "planning a ride along the coast on Saturday, first long one");
        chat.later(Duration.ofMinutes(10));
        MessageId quip = chat.reply("ana", "general", plan, "bob", "bring more snacks than you think you need");
        chat.later(Duration.ofMinutes(10));
        chat.reply("bob", "general", quip, "ana", "ha, noted. is a hybrid ok for the path?");
        return plan;
    }
}
