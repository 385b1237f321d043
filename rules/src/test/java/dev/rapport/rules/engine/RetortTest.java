package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A "since when ...?" that argues a point and is settled by the speaker's own statement after it is a retort: it
 * denies rather than asks, and nobody owes it an answer. The same words with no statement after them, or a bare
 * "since when?", ask when something began and still wait.
 */
class RetortTest {

    @Test
    void aSinceWhenRetortSettledByTheSpeakersOwnStatementWaitsForNobody() {
        Chat chat = Chat.coaching("ola");
        chat.say("ola", "general", "why do we have to sweep the bench every evening, nobody checks");
        chat.mention("pim", "general", "ola",
                "since when has keeping a shared bench clean been a matter of who checks? it's the workshop rule.");
        chat.say("ola", "market", "fresh plums on the stall this morning");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void theSameQuestionWithNothingAfterItStillWaits() {
        Chat chat = Chat.coaching("ola");
        chat.say("ola", "general", "the bandsaw keeps stalling halfway through a cut");
        chat.mention("pim", "general", "ola", "since when has the bandsaw been stalling like that on thick oak?");
        chat.say("ola", "market", "fresh plums on the stall this morning");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void aBareSinceWhenStillWaits() {
        Chat chat = Chat.coaching("ola");
        chat.say("ola", "general", "the bandsaw keeps stalling halfway through a cut");
        chat.mention("pim", "general", "ola", "bandsaw stalling? since when?");
        chat.say("ola", "market", "fresh plums on the stall this morning");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }
}
