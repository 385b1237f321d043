package dev.rapport.rules.audience;

import dev.rapport.rules.finding.Evidence;
import dev.rapport.rules.finding.Severity;
import dev.rapport.rules.finding.Tip;
import dev.rapport.rules.rule.OverdueContext;
import dev.rapport.rules.rule.Param;
import dev.rapport.rules.rule.Rule;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.WeekContext;
import dev.rapport.rules.stats.Durations;
import dev.rapport.rules.stats.WeekTally;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code audience.advocates}: existing customers and advocates asked and heard nothing, or the week went to
 * chasing new people while existing customers who reached out got little time.
 */
public final class AdvocatesRule implements Rule {
    public static final Param MIN_SHARE = Param.share("min-share", 0.20, "share of interactions with existing customers below which the rule fires");
    public static final Param MIN_INTERACTIONS = Param.count("min-interactions", 5, 1, 10_000, "interactions a week before the mix is judged");

    @Override
    public RuleId id() {
        return RuleId.AUDIENCE_ADVOCATES;
    }

    @Override
    public Severity severity() {
        return Severity.HIGH;
    }

    @Override
    public List<Param> params() {
        return List.of(MIN_SHARE, MIN_INTERACTIONS);
    }

    @Override
    public String describe() {
        return "Watches for existing customers or advocates who asked you something and got no reply, and for weeks where "
                + "under 20% of your interactions went to existing customers while you chased new people.";
    }

    @Override
    public void onOverdue(OverdueContext ctx) {
        // Customers are owed an answer by the people who sell to them: a customer asked by another customer has none.
        if (!servesCustomers(ctx.selfAudience(), ctx.communityHasStaff()) || !ctx.communitySells()) {
            return;
        }
        List<OverdueContext.Waiting> customers = new ArrayList<>();
        for (OverdueContext.Waiting w : ctx.overdue()) {
            if (w.audience().existingCustomer()) {
                customers.add(w);
            }
        }
        if (customers.isEmpty() || !ctx.firstTimeIn("waiting", Duration.ofDays(1))) {
            return;
        }
        long oldest = Duration.between(customers.get(0).since(), ctx.now()).getSeconds();
        Evidence.Builder evidence = Evidence.builder().count("customers-waiting", customers.size())
                .count("oldest-seconds", oldest);
        for (OverdueContext.Waiting w : customers) {
            evidence.suggestion(w.message(), w.channel()).counterpart(w.from());
        }
        // Said as of the deadline, so the tip is still true when read in a later digest.
        ctx.emit(evidence.build(), new Tip((customers.size() == 1 ? "An existing customer"
                        : customers.size() + " existing customers") + " waited more than "
                        + Durations.humane(oldest) + " for your answer.", id().principle(),
                "reply to them before anything else, and thank them for reaching out."));
    }

    /**
     * Whether someone who is {@code self} to the community serves the customers its roles and channels name. In a
     * business's own community (it has staff: Team, Staff) those customers are the business's: its staff owe them an
     * answer, and another seller there (a partner, a vendor of an add-on) is not the one they bought from. Where
     * nobody is staff (a creator's or a maker's own server), the people who sell there are the ones customers bought
     * from. A customer or a seeker serves nobody's customers.
     */
    public static boolean servesCustomers(Audience self, boolean communityHasStaff) {
        if (self == Audience.IGNORE) {
            return communityHasStaff;
        }
        return !communityHasStaff && PeersOnlyRule.sells(self);
    }

    @Override
    public void onWeekEnd(WeekContext ctx) {
        if (!servesCustomers(ctx.selfAudience(), ctx.communityHasStaff())) {
            return;
        }
        if (!ctx.communitySells()) {
            return;
        }
        if (!ctx.goal().keepsCustomers()) {
            return;
        }
        WeekTally t = ctx.tally();
        int all = t.interactions();
        if (all < ctx.settings().count(MIN_INTERACTIONS)) {
            return;
        }
        int customers = t.interactionsWith(Audience.CUSTOMER) + t.interactionsWith(Audience.ADVOCATE);
        int prospects = t.interactionsWith(Audience.SEEKER) + t.interactionsWith(Audience.UNKNOWN);
        // Customers who wrote and heard nothing back this week: the most expensive misses.
        long unanswered = t.counterparts().values().stream()
                .filter(c -> c.audience().existingCustomer() && c.leftWithoutAWord()).count();
        // Chasing new people is going to them: words to someone new who did not write to the person that week. Answering
        // the new people who came with their questions (a price asked, a fault to fix) serves them; the week did not go
        // to chasing, whatever its mix.
        boolean chased = t.counterparts().values().stream()
                .anyMatch(c -> (c.audience() == Audience.SEEKER || c.audience() == Audience.UNKNOWN)
                        && c.given() > 0 && c.received() <= 0);
        double share = (double) customers / all;
        if (unanswered == 0 || share >= ctx.settings().value(MIN_SHARE) || prospects <= customers || !chased) {
            return;
        }
        ctx.emit(Evidence.builder().count("interactions", all).count("with-customers", customers)
                        .count("with-new-people", prospects).count("customers-unanswered", unanswered).build(),
                new Tip((unanswered == 1 ? "A customer who" : unanswered + " customers who")
                        + " wrote to you this week heard nothing back, while only " + customers + " of your " + all
                        + " interactions were with customers.", id().principle(),
                        "spend the first ten minutes of your next visit on the customers who wrote to you."));
    }
}
