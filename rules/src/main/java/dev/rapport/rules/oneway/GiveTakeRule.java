package dev.rapport.rules.oneway;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.config.Goal;
import dev.rapport.rules.finding.Evidence;
import dev.rapport.rules.finding.Severity;
import dev.rapport.rules.finding.Tip;
import dev.rapport.rules.rule.Param;
import dev.rapport.rules.rule.Rule;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.WeekContext;
import dev.rapport.rules.stats.WeekTally;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code oneway.give-take}: people who replied to or helped the person on several days and got nothing back.
 * Occasions, not messages: a troubleshooting conversation of twenty messages is one favour, and in a help channel
 * it is the channel working; being helped again and again, day after day, with nothing given back is the pattern.
 */
public final class GiveTakeRule implements Rule {
    public static final Param RECEIVED = Param.count("received", 3, 1, 7, "days in a week on which one person replied or helped with nothing given back");

    @Override
    public RuleId id() {
        return RuleId.ONEWAY_GIVE_TAKE;
    }

    @Override
    public Severity severity() {
        return Severity.MEDIUM;
    }

    @Override
    public List<Param> params() {
        return List.of(RECEIVED);
    }

    @Override
    public String describe() {
        return "Watches, per person, whether someone replied to or helped you on 3 or more days of a week while you gave no "
                + "help back (thanks alone do not count: an answer, advice or a reaction to their work does).";
    }

    @Override
    public void onWeekEnd(WeekContext ctx) {
        // A customer served by the people they buy from owes them custom, not help.
        if (ctx.selfAudience().existingCustomer()) {
            return;
        }
        int threshold = ctx.settings().count(RECEIVED);
        List<Map.Entry<String, WeekTally.CounterpartTally>> takers = new ArrayList<>();
        for (var e : ctx.tally().counterparts().entrySet()) {
            WeekTally.CounterpartTally c = e.getValue();
            // Thanks are polite, not reciprocity: only help given back (an answer, advice, a reaction to their work)
            // evens the balance.
            if (c.audience() != Audience.IGNORE && daysHelped(c) >= threshold && c.helped() <= 0) {
                takers.add(e);
            }
        }
        if (takers.isEmpty()) {
            return;
        }
        takers.sort(Map.Entry.comparingByKey());
        Evidence.Builder evidence = Evidence.builder().count("people", takers.size());
        int most = 0;
        for (var e : takers) {
            evidence.counterpart(e.getKey());
            most = Math.max(most, daysHelped(e.getValue()));
        }
        evidence.count("most-received", most);
        int thanked = 0;
        for (var e : takers) {
            if (e.getValue().acknowledged() > 0) {
                thanked++;
            }
        }
        evidence.count("thanked", thanked);
        String who = takers.size() == 1 ? "One person" : takers.size() + " people";
        String back = thanked == 0 ? " and heard nothing back"
                : thanked == takers.size() ? " and got thanks, but no help, back"
                : " and got little more than thanks back";
        ctx.emit(evidence.build(), new Tip(who + " reached out to you on " + threshold
                        + " or more days this week (up to " + most + " days)" + back + ".", id().principle(),
                nextStep(ctx.goal())));
    }

    /**
     * The days on which the counterpart replied to or helped the person. Questions they put to the person are not
     * counted (being asked is not being given to), and a tally kept before days were recorded counts none.
     */
    private static int daysHelped(WeekTally.CounterpartTally c) {
        return Integer.bitCount(c.receivedDays());
    }

    /**
     * Giving back in the currency of what the person came for: someone here to learn has answers to pass on before
     * they have services to offer, and someone looking for collaborators builds them by helping with others' work.
     */
    static String nextStep(Goal goal) {
        return switch (goal) {
            case LEARN -> "pass on something you have learned: answer one question you now know the answer to, "
                    + "or give one of them feedback on something they made.";
            case FIND_COLLABORATORS -> "offer one of them a hand with what they are working on: people choose "
                    + "collaborators who have already helped them.";
            case FIND_CUSTOMERS, KEEP_CUSTOMERS -> "help one of them with something they asked about, or respond "
                    + "to something they made.";
        };
    }
}
