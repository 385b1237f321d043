package dev.rapport.bot.digest;

import dev.rapport.rules.finding.Evidence;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.finding.Severity;
import dev.rapport.rules.finding.Tip;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.rule.Principle;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.RuleMode;
import dev.rapport.rules.stats.WeeklyReport;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static dev.rapport.bot.digest.DigestFixtures.GWEN;
import static dev.rapport.bot.digest.DigestFixtures.WEEK;
import static org.assertj.core.api.Assertions.assertThat;

/** A digest read days after its findings were made says how old things are when it is read, not when found. */
class DigestAsOfTest {
    /** Tuesday of the fixture's week: a question from Monday morning passed its 24-hour deadline. */
    private static final Instant OVERDUE = Instant.parse("2026-03-03T10:00:00Z");

    private final ChartImage chart = new ScoreChart().render(DigestFixtures.digest().card(), "gwen.png");

    private static Digest digestWithAnUnansweredQuestion() {
        Finding unanswered = new Finding(RuleId.ONEWAY_UNANSWERED, Severity.HIGH, RuleMode.ACT, GWEN,
                CommunityId.of("guild"), WEEK, OVERDUE,
                Evidence.builder().count("waiting", 1).count("oldest-seconds", 86_400).build(),
                new Tip("A question to you went more than 24 hours without an answer.", Principle.TWO_WAY_STREET,
                        "answer the oldest one first, even if only to say when you will get back to them."));
        WeeklyReport week = DigestFixtures.report();
        WeeklyReport report = new WeeklyReport(GWEN, WEEK, week.stats(), week.previous(), week.wentWell(),
                List.of(unanswered), List.of(unanswered));
        return Digest.of(GWEN, "Gwen", WEEK, DigestFixtures.history(), Optional.of(report));
    }

    @Test
    void aDigestReadSixDaysAfterTheDeadlineGivesTheQuestionsAgeThen() {
        Clock reader = Clock.fixed(OVERDUE.plus(Duration.ofDays(6)), ZoneOffset.UTC);
        Digest later = digestWithAnUnansweredQuestion().at(reader.instant());
        String markdown = new DigestMarkdown().render(later, chart);
        assertThat(markdown).contains("A question to you went more than 24 hours without an answer. It was sent 7 days "
                + "before this report.");
        assertThat(markdown).contains("Week from Monday 2026-03-02 to Sunday 2026-03-08, as of Monday 2026-03-09.");
        assertThat(new DigestHtml().render(later, chart)).contains("It was sent 7 days before this report.");
    }

    @Test
    void aDigestReadAsTheQuestionBecameOverdueSaysWhatTheFindingSaid() {
        Clock reader = Clock.fixed(OVERDUE.plus(Duration.ofMinutes(5)), ZoneOffset.UTC);
        String markdown = new DigestMarkdown().render(digestWithAnUnansweredQuestion().at(reader.instant()), chart);
        assertThat(markdown).contains("A question to you went more than 24 hours without an answer.\n")
                .doesNotContain("before this report").doesNotContain(", as of ");
    }

    @Test
    void theNumbersShowHelpGivenAndThanksApart() {
        String markdown = new DigestMarkdown().render(DigestFixtures.digest(), chart);
        assertThat(markdown).contains("| help given |").contains("| thanks and nods |");
    }
}
