package dev.rapport.bot.coach;

import dev.rapport.rules.finding.Evidence;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.finding.Severity;
import dev.rapport.rules.finding.Tip;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.Principle;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.RuleMode;
import dev.rapport.rules.score.ScoreCard;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeekTally;
import dev.rapport.rules.stats.WeeklyReport;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /coach stats} and the digest DM, read days after a finding, give ages as of then and show help apart. */
class ReportCardsAsOfTest {
    private static final UserId ANA = UserId.of("ana");
    private static final IsoWeek WEEK = new IsoWeek(2026, 10);
    private static final Instant OVERDUE = Instant.parse("2026-03-03T10:00:00Z");

    private static DigestView viewReadAt(Clock clock) {
        WeekTally tally = new WeekTally(WEEK);
        tally.countMessage(1, CommunityId.of("guild"), true, true, false, 0, false, 8, 0, 1);
        tally.helped("p-1", 1);
        tally.acknowledged("p-2", 1);
        tally.acknowledged("p-2", 1);
        Finding unanswered = new Finding(RuleId.ONEWAY_UNANSWERED, Severity.HIGH, RuleMode.ACT, ANA,
                CommunityId.of("guild"), WEEK, OVERDUE,
                Evidence.builder().count("waiting", 2).count("oldest-seconds", 90_000).build(),
                new Tip("2 questions to you went more than 24 hours without an answer.", Principle.TWO_WAY_STREET,
                        "answer the oldest one first, even if only to say when you will get back to them."));
        tally.record(unanswered);
        WeeklyReport report = WeeklyReport.of(ANA, tally, null);
        return new DigestView(report, ScoreCard.of(WEEK, Map.of(WEEK, report.stats())),
                new Attachment(new byte[0], "chart.png", "chart"), List.of(), true, Optional.of(clock.instant()));
    }

    private static String text(Card card) {
        StringBuilder b = new StringBuilder();
        card.fields().forEach(f -> b.append(f.name()).append(": ").append(f.value()).append('\n'));
        return b.toString();
    }

    @Test
    void aCardReadThreeDaysLaterGivesTheOldestQuestionsAgeThen() {
        Card card = new ReportCards().weekly(viewReadAt(Clock.fixed(OVERDUE.plus(Duration.ofDays(3)), ZoneOffset.UTC)));
        assertThat(text(card)).contains("without an answer. The oldest was sent 4 days before this report.");
    }

    @Test
    void aCardReadAtOnceSaysWhatTheFindingSaid() {
        Card card = new ReportCards().weekly(viewReadAt(Clock.fixed(OVERDUE, ZoneOffset.UTC)));
        assertThat(text(card)).contains("without an answer.\n").doesNotContain("before this report");
    }

    @Test
    void theNumbersShowHelpGivenAndThanksApart() {
        Card card = new ReportCards().weekly(viewReadAt(Clock.fixed(OVERDUE, ZoneOffset.UTC)));
        assertThat(text(card)).contains("help given / thanks and nods: 1 / 2");
    }
}
