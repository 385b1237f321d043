package dev.rapport.bot.eval;

import dev.rapport.bot.replay.ReplayResult;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.stats.IsoWeek;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores the tips of a replay against hand-made labels. A tip is a finding meant to reach the person (mode
 * {@code act}); several findings of one rule for one person in one week are one tip, as the labels are.
 *
 * <ul>
 *   <li>a tip labelled {@code should}: right (true positive);</li>
 *   <li>a tip labelled {@code should-not}, or not labelled at all: wrong (false positive). A tip nobody vouched
 *       for is not counted as good, so leaving tips unlabelled cannot raise precision;</li>
 *   <li>a {@code should} label without a tip: missed (false negative).</li>
 * </ul>
 */
public final class TipEvaluation {

    /** One (person, week, rule). */
    public record Key(UserId user, IsoWeek week, RuleId rule) {
    }

    /** A wrong or missed tip, for {@code --show-errors}. */
    public record Error(String kind, String person, IsoWeek week, RuleId rule, String detail) {
    }

    /** Counts of one rule (or of all rules). */
    public static final class Score {
        int right;
        int labelledWrong;
        int unlabelled;
        int missed;

        public int tips() {
            return right + labelledWrong + unlabelled;
        }

        public int right() {
            return right;
        }

        public int wrong() {
            return labelledWrong + unlabelled;
        }

        public int unlabelled() {
            return unlabelled;
        }

        public int missed() {
            return missed;
        }

        /** Right tips among all tips; NaN without tips. */
        public double precision() {
            return tips() == 0 ? Double.NaN : (double) right / tips();
        }

        /** Tips given among those that should be; NaN without any {@code should} label. */
        public double recall() {
            return right + missed == 0 ? Double.NaN : (double) right / (right + missed);
        }

        void add(Score o) {
            right += o.right;
            labelledWrong += o.labelledWrong;
            unlabelled += o.unlabelled;
            missed += o.missed;
        }
    }

    /** The outcome: per rule (rules without tips or labels left out), the total, the errors, and warnings. */
    public record Result(Map<RuleId, Score> byRule, Score total, List<Error> errors, List<String> warnings) {
    }

    public Result evaluate(ReplayResult replay, List<TipLabel> labels) {
        Map<Key, Finding> tips = new LinkedHashMap<>();
        for (UserId user : replay.engine().coachedUsers()) {
            for (Finding f : replay.engine().findingsOf(user)) {
                if (f.actionable()) {
                    tips.putIfAbsent(new Key(user, f.week(), f.rule()), f);
                }
            }
        }
        List<String> warnings = new ArrayList<>();
        Map<Key, TipLabel> verdicts = new HashMap<>();
        Map<RuleId, Score> byRule = new EnumMap<>(RuleId.class);
        List<Error> errors = new ArrayList<>();
        for (TipLabel label : labels) {
            Optional<UserId> who = replay.find(label.person());
            if (who.isEmpty()) {
                warnings.add("line " + label.line() + ": nobody called '" + label.person() + "' wrote in the exports");
                if (label.should()) {
                    byRule.computeIfAbsent(label.rule(), r -> new Score()).missed++;
                    errors.add(new Error("missed", label.person(), label.week(), label.rule(), label.note()));
                }
                continue;
            }
            Key key = new Key(who.get(), label.week(), label.rule());
            TipLabel before = verdicts.putIfAbsent(key, label);
            if (before != null) {
                warnings.add("line " + label.line() + ": the same tip as line " + before.line()
                        + " (the person by another name); the first label counts");
            }
        }
        for (Map.Entry<Key, Finding> tip : tips.entrySet()) {
            Key key = tip.getKey();
            Score score = byRule.computeIfAbsent(key.rule(), r -> new Score());
            TipLabel label = verdicts.get(key);
            if (label != null && label.should()) {
                score.right++;
            } else if (label != null) {
                score.labelledWrong++;
                errors.add(new Error("wrong", replay.label(key.user()), key.week(), key.rule(),
                        tip.getValue().tip().seen() + (label.note().isEmpty() ? "" : " [label: " + label.note() + "]")));
            } else {
                score.unlabelled++;
                errors.add(new Error("unlabelled", replay.label(key.user()), key.week(), key.rule(),
                        tip.getValue().tip().seen()));
            }
        }
        for (Map.Entry<Key, TipLabel> v : verdicts.entrySet()) {
            if (!v.getValue().should() || tips.containsKey(v.getKey())) {
                continue;
            }
            byRule.computeIfAbsent(v.getKey().rule(), r -> new Score()).missed++;
            errors.add(new Error("missed", replay.label(v.getKey().user()), v.getKey().week(), v.getKey().rule(),
                    v.getValue().note()));
        }
        Score total = new Score();
        byRule.values().forEach(total::add);
        return new Result(byRule, total, errors, warnings);
    }
}
