package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

class UnansweredRuleTest {

    @Test
    void firesWhenAQuestionToThePersonWaitsADay() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "morning all");
        MessageId q = chat.mention("bob", "general", "ana", "do you ship to Canada?");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).singleElement().satisfies(f -> {
            assertThat(f.evidence().count("waiting")).isEqualTo(1);
            assertThat(f.evidence().suggestions()).containsExactly(q);
            // Said as of the deadline, so it stays true in a digest read days later.
            assertThat(f.tip().seen()).isEqualTo("A question to you went more than 24 hours without an answer.");
        });
    }

    @Test
    void aQuestionIsReportedOnceAndThenLetGo() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "morning all");
        MessageId old = chat.mention("bob", "general", "ana", "do you ship to Canada?");
        chat.later(Duration.ofHours(25));
        chat.say("ana", "general", "new candles in the shop next week");
        MessageId fresh = chat.mention("cleo", "general", "ana", "are you at the fair on Saturday?");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(2);
        assertThat(chat.findings(ONEWAY_UNANSWERED).get(1).evidence().suggestions()).containsExactly(fresh)
                .doesNotContain(old);
    }

    @Test
    void staysQuietForSomeoneWhoWroteNothingForAWeek() {
        Chat chat = Chat.coaching("ana");
        chat.mention("bob", "general", "ana", "do you ship to Canada?");
        chat.later(Duration.ofHours(25));
        chat.say("bob", "general", "anyone around?");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void staysQuietWhenThePersonAnswersInTheNextMessageWithoutAReplyLink() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "morning all");
        chat.mention("bob", "general", "ana", "do you ship to Canada?");
        chat.later(Duration.ofMinutes(5));
        chat.say("ana", "general", "yes, it takes about five days with tracking");
        chat.later(Duration.ofDays(2));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void staysQuietForSomeoneOnlyNamedOrCopiedOnAQuestion() {
        Chat chat = Chat.coaching("sol");
        chat.say("sol", "general", "morning all");
        chat.feed(dev.rapport.rules.model.ChatMessage.builder().id("third").at(chat.now().plusSeconds(60))
                .in(Chat.COMMUNITY, "general").by("pat").mention("rae").mention("sol")
                .text("@Rae do you know if @Sol is taking clients?").build());
        chat.feed(dev.rapport.rules.model.ChatMessage.builder().id("cc").at(chat.now().plusSeconds(120))
                .in(Chat.COMMUNITY, "general").by("tia").mention("pat").mention("sol")
                .text("@Pat could you send me the brief? cc @Sol").build());
        chat.later(Duration.ofHours(25));
        chat.say("sol", "general", "finished a big edit today");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void anExclamationWithAQuestionMarkAsksNothing() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "finished the whole batch");
        chat.mention("bob", "general", "ana", "you finished it already?!");
        chat.later(Duration.ofHours(25));
        chat.say("ana", "general", "yes!");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void staysQuietWhenThePersonAnswersInTime() {
        Chat chat = Chat.coaching("ana");
        MessageId q = chat.mention("bob", "general", "ana", "do you ship to Canada?");
        chat.later(Duration.ofHours(3));
        chat.reply("ana", "general", q, "bob", "yes, 5 days usually");
        chat.later(Duration.ofDays(2));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
        assertThat(chat.report("ana").stats().medianResponseSeconds()).isEqualTo(3 * 3600 + 60);
    }

    @Test
    void staysQuietForMentionsThatAskNothing() {
        Chat chat = Chat.coaching("ana");
        chat.mention("bob", "general", "ana", "great talk today, thanks");
        chat.later(Duration.ofDays(2));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }
}
