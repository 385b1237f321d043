package dev.rapport.bot.digest;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.finding.Evidence;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.finding.Severity;
import dev.rapport.rules.finding.Tip;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.Principle;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.RuleMode;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeeklyReport;
import dev.rapport.rules.stats.WeeklyStats;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A fixed person and week for digest tests: Gwen, 2026-W10, getting better at talking with people. */
final class DigestFixtures {
    static final UserId GWEN = UserId.of("972467837337731180");
    static final IsoWeek WEEK = new IsoWeek(2026, 10);

    private DigestFixtures() {
    }

    static WeeklyStats stats(int messages, int replies, int answered, int asked, int links, int flags, int customers,
                             int peers) {
        return new WeeklyStats(messages, replies, answered, asked, 3, 2, 2_400, links, links,
                (double) links / messages, 1, (double) (messages - replies) / messages, 30, 20, 1.5,
                Map.of(Audience.CUSTOMER, customers, Audience.PEER, peers), 0.67, 1,
                List.of(new WeeklyStats.Counterpart("p-3f9a1c2b7d", Audience.CUSTOMER, 2, 1)), 4, flags);
    }

    static Map<IsoWeek, WeeklyStats> history() {
        Map<IsoWeek, WeeklyStats> weeks = new HashMap<>();
        weeks.put(new IsoWeek(2026, 5), stats(14, 2, 0, 3, 6, 2, 0, 8));
        weeks.put(new IsoWeek(2026, 6), stats(12, 4, 1, 2, 4, 1, 1, 6));
        weeks.put(new IsoWeek(2026, 8), stats(10, 5, 2, 2, 2, 1, 2, 5));
        weeks.put(new IsoWeek(2026, 9), stats(11, 7, 2, 1, 2, 0, 3, 5));
        return weeks;
    }

    static WeeklyReport report() {
        WeeklyStats now = stats(12, 10, 3, 1, 1, 0, 4, 4);
        Finding tip = new Finding(RuleId.ONEWAY_UNANSWERED, Severity.MEDIUM, RuleMode.ACT, GWEN, CommunityId.of("guild"),
                WEEK, Instant.parse("2026-03-05T10:00:00Z"), Evidence.NONE,
                new Tip("1 question to you has waited 2 days for an answer.", Principle.TWO_WAY_STREET,
                        "answer it, even if only to say when you will know more"));
        return new WeeklyReport(GWEN, WEEK, now, Optional.of(history().get(new IsoWeek(2026, 9))),
                List.of("You answered 3 questions from other people.", "83% of your messages were conversations with someone."),
                List.of(tip), List.of(tip));
    }

    static Digest digest() {
        return Digest.of(GWEN, "Gwen *Talbot*", WEEK, history(), Optional.of(report()));
    }
}
