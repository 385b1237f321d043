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
        MessageId q = chat.mention("bob", "general", "ana", "do you ship to Canada?");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).singleElement().satisfies(f -> {
            assertThat(f.evidence().count("waiting")).isEqualTo(1);
            assertThat(f.evidence().suggestions()).containsExactly(q);
            assertThat(f.tip().seen()).contains("24 hours");
        });
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
