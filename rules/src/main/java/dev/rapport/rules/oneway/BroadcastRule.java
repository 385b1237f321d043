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

/** {@code oneway.broadcast}: almost every message of the week spoke to nobody in particular. */
public final class BroadcastRule implements Rule {
    public static final Param MAX_SHARE = Param.share("max-share", 0.80, "share of messages addressing nobody above which the rule fires");
    public static final Param MIN_MESSAGES = Param.count("min-messages", 10, 1, 10_000, "messages a week before the share is judged");

    @Override
    public RuleId id() {
        return RuleId.ONEWAY_BROADCAST;
    }

    @Override
    public Severity severity() {
        return Severity.MEDIUM;
    }

    @Override
    public List<Param> params() {
        return List.of(MAX_SHARE, MIN_MESSAGES);
    }

    @Override
    public String describe() {
        return "Watches the share of your messages in a week that neither reply to nor address anyone (above 80%, from 10 messages).";
    }

    @Override
    public void onWeekEnd(WeekContext ctx) {
        WeekTally t = ctx.tally();
        if (t.messages() < ctx.settings().count(MIN_MESSAGES)) return;
        double share = (double) t.broadcast() / t.messages();
        if (share <= ctx.settings().value(MAX_SHARE)) return;
        long percent = Math.round(share * 100);
        ctx.emit(Evidence.builder().count("messages", t.messages()).count("broadcast", t.broadcast())
                        .count("share-percent", percent).build(),
                new Tip(t.broadcast() + " of your " + t.messages() + " messages this week (" + percent
                        + "%) spoke to nobody in particular.", id().principle(),
                        "reply to two people's messages before your next announcement."));
    }
}
