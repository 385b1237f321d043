package dev.rapport.rules.stats;

import dev.rapport.rules.Chat;
import dev.rapport.rules.finding.Finding;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_BROADCAST;
import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

class AsOfTest {

    private static Finding unansweredQuestion() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "morning all");
        chat.mention("bob", "general", "ana", "do you still take commissions for pet portraits?");
        // Ana is around (she writes elsewhere), so the question is judged at its deadline.
        chat.later(Duration.ofHours(2)).say("ana", "studio", "sketching all afternoon");
        chat.later(Duration.ofHours(23));
        return chat.findings(ONEWAY_UNANSWERED).get(0);
    }

    @Test
    void aReportReadDaysLaterSaysHowOldTheQuestionIsByThen() {
        Finding f = unansweredQuestion();
        assertThat(AsOf.seen(f, f.at().plus(Duration.ofDays(5)))).isEqualTo(
                "A question to you went more than 24 hours without an answer. It was sent 6 days before this report.");
    }

    @Test
    void aReportReadAsTheFindingIsMadeSaysWhatTheFindingSaid() {
        Finding f = unansweredQuestion();
        assertThat(AsOf.seen(f, f.at().plus(Duration.ofMinutes(10)))).isEqualTo(f.tip().seen());
    }

    @Test
    void aFindingAboutAWeekHasNoAgeToGrow() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 12; i++) {
            chat.later(Duration.ofHours(2)).say("ana", "general", "new print " + i + " is up in the shop tonight");
        }
        chat.finish();
        Finding f = chat.findings(ONEWAY_BROADCAST).get(0);
        assertThat(AsOf.seen(f, f.at().plus(Duration.ofDays(9)))).isEqualTo(f.tip().seen());
    }

    /** Next steps are read days after they were written: none may say "today", "tomorrow" or "tonight". */
    @Test
    void nextStepsNameNoDayThatPassesBeforeTheDigestIsRead() {
        Finding f = unansweredQuestion();
        assertThat(f.tip().next()).doesNotContainIgnoringCase("today").doesNotContainIgnoringCase("tomorrow");
    }
}
