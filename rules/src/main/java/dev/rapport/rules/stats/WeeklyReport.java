package dev.rapport.rules.stats;

import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.RuleId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A person's week: the numbers, how they moved since the week before, what went well, and the one to three
 * things most worth working on.
 *
 * @param user     the coached person (it is their own report)
 * @param week     the ISO week in their time zone
 * @param stats    this week's numbers
 * @param previous last week's numbers, when there was activity
 * @param wentWell what went well, said first
 * @param tips     at most three findings worth acting on, most important first, one per rule
 * @param findings every finding of the week, including those only logged
 */
public record WeeklyReport(UserId user, IsoWeek week, WeeklyStats stats, Optional<WeeklyStats> previous,
                           List<String> wentWell, List<Finding> tips, List<Finding> findings) {

    public static final int MAX_TIPS = 3;

    /** A number that moved since last week. */
    public record Change(String metric, double before, double after) {
        public double delta() {
            return after - before;
        }
    }

    public WeeklyReport {
        wentWell = List.copyOf(wentWell);
        tips = List.copyOf(tips);
        findings = List.copyOf(findings);
    }

    public static WeeklyReport of(UserId user, WeekTally tally, WeekTally previousTally) {
        WeeklyStats stats = WeeklyStats.of(tally);
        Optional<WeeklyStats> previous = previousTally == null || previousTally.empty()
                ? Optional.empty() : Optional.of(WeeklyStats.of(previousTally));
        // A week's tips are about what the person did that week: none for a week in which they wrote nothing (a
        // question from the week before that passes its deadline now is kept among the findings, not tipped).
        List<Finding> tips = stats.messages() > 0 ? mostImportant(tally.findings()) : List.of();
        return new WeeklyReport(user, tally.week(), stats, previous, Highlights.of(stats, previous), tips,
                tally.findings());
    }

    /** The same report compared with a previous week known from elsewhere (stored history of an earlier replay). */
    public WeeklyReport withPrevious(WeeklyStats earlier) {
        Optional<WeeklyStats> p = Optional.of(earlier);
        return new WeeklyReport(user, week, stats, p, Highlights.of(stats, p), tips, findings);
    }

    /** The most important actionable findings, one per rule, highest severity first, then earliest. */
    static List<Finding> mostImportant(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>();
        for (Finding f : findings) {
            if (f.actionable()) {
                sorted.add(f);
            }
        }
        sorted.sort(Comparator.comparing((Finding f) -> f.severity()).reversed().thenComparing(Finding::at));
        Set<RuleId> taken = EnumSet.noneOf(RuleId.class);
        List<Finding> top = new ArrayList<>(MAX_TIPS);
        for (Finding f : sorted) {
            if (top.size() == MAX_TIPS) {
                break;
            }
            if (taken.add(f.rule())) {
                top.add(f);
            }
        }
        return top;
    }

    /** How the main numbers moved since last week (empty without a previous week). */
    public List<Change> changes() {
        if (previous.isEmpty()) {
            return List.of();
        }
        WeeklyStats p = previous.get();
        List<Change> c = new ArrayList<>();
        c.add(new Change("messages", p.messages(), stats.messages()));
        c.add(new Change("replies", p.replies(), stats.replies()));
        c.add(new Change("questions answered", p.questionsAnswered(), stats.questionsAnswered()));
        c.add(new Change("link share", p.linkShare(), stats.linkShare()));
        c.add(new Change("broadcast share", p.broadcastShare(), stats.broadcastShare()));
        c.add(new Change("self-promotion", p.selfPromotion(), stats.selfPromotion()));
        c.add(new Change("self-focus ratio", p.selfFocusRatio(), stats.selfFocusRatio()));
        return c;
    }
}
