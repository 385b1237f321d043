package dev.rapport.rules.oneway;

import dev.rapport.rules.finding.Evidence;
import dev.rapport.rules.finding.Severity;
import dev.rapport.rules.finding.Tip;
import dev.rapport.rules.rule.Param;
import dev.rapport.rules.rule.Rule;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.WeekContext;
import dev.rapport.rules.stats.WeekTally;

import java.util.List;

/** {@code oneway.self-focus}: "I, me, my, we, our" far outnumber "you, your" over the week. */
public final class SelfFocusRule implements Rule {
    public static final Param RATIO = Param.number("ratio", 3.0, 1.0, 50.0, "first-person words per second-person word above which the rule fires");
    public static final Param MIN_WORDS = Param.count("min-words", 100, 10, 100_000, "words a week before the ratio is judged");
    public static final Param MIN_FIRST_PERSON = Param.count("min-first-person", 10, 1, 10_000, "first-person words a week before the ratio is judged");

    @Override
    public RuleId id() {
        return RuleId.ONEWAY_SELF_FOCUS;
    }

    @Override
    public Severity severity() {
        return Severity.LOW;
    }

    @Override
    public List<Param> params() {
        return List.of(RATIO, MIN_WORDS, MIN_FIRST_PERSON);
    }

    @Override
    public String describe() {
        return "Compares first-person words (I, me, my, we, our) with second-person words (you, your) over the week; "
                + "fires above 3 to 1.";
    }

    @Override
    public void onWeekEnd(WeekContext ctx) {
        WeekTally t = ctx.tally();
        if (t.words() < ctx.settings().count(MIN_WORDS) || t.firstPerson() < ctx.settings().count(MIN_FIRST_PERSON)) {
            return;
        }
        double ratio = (double) t.firstPerson() / Math.max(1, t.secondPerson());
        if (ratio <= ctx.settings().value(RATIO)) {
            return;
        }
        ctx.emit(Evidence.builder().count("first-person", t.firstPerson()).count("second-person", t.secondPerson())
                        .count("words", t.words()).build(),
                new Tip("This week you wrote \"I/my/we\" " + times(t.firstPerson()) + " and \"you/your\" "
                        + times(t.secondPerson()) + ".", id().principle(),
                        "in your next three messages, ask one question about the other person's work."));
    }

    /** A count said as people say it: "not once", "once", "34 times" (a tip that reads "1 times" reads as a machine's). */
    static String times(int n) {
        return n == 0 ? "not once" : n == 1 ? "once" : n + " times";
    }
}
