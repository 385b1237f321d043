package dev.rapport.rules.oneway;

import dev.rapport.rules.finding.Evidence;
import dev.rapport.rules.finding.Severity;
import dev.rapport.rules.finding.Tip;
import dev.rapport.rules.rule.OverdueContext;
import dev.rapport.rules.rule.Param;
import dev.rapport.rules.rule.Rule;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.stats.Durations;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@code oneway.unanswered}: mentions, replies and DMs that asked the person something and got no answer. */
public final class UnansweredRule implements Rule {
    public static final Param HOURS = Param.count("hours", 24, 1, 168, "hours a question to you may wait before it counts as unanswered");

    @Override
    public RuleId id() {
        return RuleId.ONEWAY_UNANSWERED;
    }

    @Override
    public Severity severity() {
        return Severity.HIGH;
    }

    @Override
    public List<Param> params() {
        return List.of(HOURS);
    }

    @Override
    public String describe() {
        return "Watches mentions, replies and DMs that ask you something and get no answer from you within 24 hours.";
    }

    @Override
    public void onOverdue(OverdueContext ctx) {
        // Each question reaches this rule once, when it becomes overdue (the engine lets it go afterwards), so the
        // tip stays true whenever it is read: it says what happened by the deadline, not an age that keeps growing.
        // A customer's question to the room where the team answers waits on the team, the person among them: what
        // they owe the customer is audience.advocates' to say; nobody asked them by name.
        List<OverdueContext.Waiting> overdue = new ArrayList<>(ctx.overdue().size());
        for (OverdueContext.Waiting w : ctx.overdue()) {
            if (!w.toTheTeam()) {
                overdue.add(w);
            }
        }
        if (overdue.isEmpty()) {
            return;
        }
        int hours = ctx.settings().count(HOURS);
        long oldest = Duration.between(overdue.get(0).since(), ctx.now()).getSeconds();
        long median = ctx.medianResponseSeconds();
        Evidence.Builder evidence = Evidence.builder().count("waiting", overdue.size()).count("oldest-seconds", oldest)
                .count("median-response-seconds", median);
        for (OverdueContext.Waiting w : overdue) {
            evidence.suggestion(w.message(), w.channel()).counterpart(w.from());
        }
        String count = overdue.size() == 1 ? "A question to you" : overdue.size() + " questions to you";
        // The person's usual speed is said as a contrast only: quick answers this week, this one slipped. A median past
        // the deadline ("you usually answered within 6 days", from one answer given after a week away) is no praise
        // and no help.
        String speed = median >= 0 && median < hours * 3600L
                ? " This week you usually answered within " + Durations.within(median) + "." : "";
        ctx.emit(evidence.build(), new Tip(count + " went more than " + Durations.humane(hours * 3600L)
                + " without an answer." + speed,
                id().principle(), "answer the oldest one first, even if only to say when you will get back to them."));
    }
}
