package dev.rapport.bot.eval;

import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.stats.IsoWeek;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How far two labellers agree on the same scenes. A tip-precision figure is only as good as its labels: where two
 * fair coaches, labelling alone, disagree on a tip, no coach can score on it what a single labeller's file says.
 *
 * <p>Every (person, week, rule) that either labeller judged is counted. One that only one of them labelled counts as
 * "should not" for the other, the same convention as {@code eval tips}, where a tip nobody labelled counts as wrong.
 * Reported per rule and overall: the four cells, the share of verdicts that agree, Cohen's kappa (agreement beyond
 * what the two labellers' own rates of "should" would give by chance) and the positive agreement (how many of the
 * tips either would give, both would: {@code 2·both / (first + second)}, the F1 of one labeller against the other).
 */
public final class LabelAgreement {

    /** Both verdicts on one (person, week, rule); a side that did not label it is empty. */
    public record Pair(String person, IsoWeek week, RuleId rule, Optional<TipLabel> first, Optional<TipLabel> second) {
        public boolean firstSays() {
            return first.map(TipLabel::should).orElse(false);
        }

        public boolean secondSays() {
            return second.map(TipLabel::should).orElse(false);
        }

        public boolean agree() {
            return firstSays() == secondSays();
        }
    }

    /** The four cells of two labellers' verdicts on the same tips, and the figures made from them. */
    public record Counts(int both, int firstOnly, int secondOnly, int neither) {
        Counts add(Pair p) {
            return new Counts(both + (p.firstSays() && p.secondSays() ? 1 : 0),
                    firstOnly + (p.firstSays() && !p.secondSays() ? 1 : 0),
                    secondOnly + (!p.firstSays() && p.secondSays() ? 1 : 0),
                    neither + (!p.firstSays() && !p.secondSays() ? 1 : 0));
        }

        Counts plus(Counts o) {
            return new Counts(both + o.both, firstOnly + o.firstOnly, secondOnly + o.secondOnly, neither + o.neither);
        }

        public int total() {
            return both + firstOnly + secondOnly + neither;
        }

        /** The share of verdicts on which the two agree; NaN without any. */
        public double observed() {
            return total() == 0 ? Double.NaN : (both + neither) / (double) total();
        }

        /**
         * Cohen's kappa; NaN where chance alone would agree on everything (both labellers said the same thing
         * of every tip), as the statistic is undefined there.
         */
        public double kappa() {
            double n = total();
            if (n == 0) {
                return Double.NaN;
            }
            double firstYes = (both + firstOnly) / n;
            double secondYes = (both + secondOnly) / n;
            double chance = firstYes * secondYes + (1 - firstYes) * (1 - secondYes);
            return chance >= 1 ? Double.NaN : (observed() - chance) / (1 - chance);
        }

        /** Of the tips either labeller would give, the share both would: NaN where neither gives any. */
        public double positive() {
            int said = 2 * both + firstOnly + secondOnly;
            return said == 0 ? Double.NaN : 2.0 * both / said;
        }
    }

    /** The comparison: per rule in catalogue order, overall, and every pair (disagreements first when listed). */
    public record Result(Map<RuleId, Counts> byRule, Counts total, List<Pair> pairs) {
        public List<Pair> disagreements() {
            return pairs.stream().filter(p -> !p.agree()).toList();
        }
    }

    public Result compare(List<TipLabel> first, List<TipLabel> second) {
        Map<String, TipLabel> firsts = byKey(first);
        Map<String, TipLabel> seconds = byKey(second);
        Map<String, Pair> pairs = new TreeMap<>();
        for (Map.Entry<String, TipLabel> e : firsts.entrySet()) {
            TipLabel l = e.getValue();
            pairs.put(e.getKey(), new Pair(l.person(), l.week(), l.rule(), Optional.of(l),
                    Optional.ofNullable(seconds.get(e.getKey()))));
        }
        for (Map.Entry<String, TipLabel> e : seconds.entrySet()) {
            TipLabel l = e.getValue();
            pairs.putIfAbsent(e.getKey(), new Pair(l.person(), l.week(), l.rule(), Optional.empty(), Optional.of(l)));
        }
        Map<RuleId, Counts> byRule = new LinkedHashMap<>();
        Counts total = new Counts(0, 0, 0, 0);
        List<Pair> sorted = new ArrayList<>(pairs.values());
        sorted.sort(Comparator.comparing((Pair p) -> p.rule().ordinal())
                .thenComparing(p -> p.person().toLowerCase(Locale.ROOT)).thenComparing(Pair::week));
        // Sorted by rule first, so the map keeps the catalogue's order.
        for (Pair p : sorted) {
            byRule.merge(p.rule(), new Counts(0, 0, 0, 0).add(p), Counts::plus);
            total = total.add(p);
        }
        return new Result(byRule, total, sorted);
    }

    /** Names compare ignoring case, as {@code eval tips} matches a label to a person. */
    private static Map<String, TipLabel> byKey(List<TipLabel> labels) {
        Map<String, TipLabel> keyed = new LinkedHashMap<>();
        for (TipLabel l : labels) {
            keyed.put(l.person().toLowerCase(Locale.ROOT) + '|' + l.week() + '|' + l.rule().id(), l);
        }
        return keyed;
    }
}
