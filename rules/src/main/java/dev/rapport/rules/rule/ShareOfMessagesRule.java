package dev.rapport.rules.rule;

import dev.rapport.rules.finding.Evidence;
import dev.rapport.rules.finding.Severity;
import dev.rapport.rules.finding.Tip;
import dev.rapport.rules.stats.WeekTally;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * A weekly rule of the form "more than {@code max-share} of the week's messages were X, from {@code min-messages}":
 * {@code links.share} and {@code oneway.broadcast}. Subclasses say what X is and how to put it kindly.
 */
public abstract class ShareOfMessagesRule implements Rule {
    private final RuleId id;
    private final Param maxShare;
    private final Param minMessages;
    private final String countName;
    private final ToIntFunction<WeekTally> counted;
    private final String description;

    /**
     * @param countName   the name of the counted messages in the evidence, e.g. {@code link-messages}
     * @param counted     how many of the week's messages are X
     * @param description what the rule watches, for {@code /coach why}
     */
    protected ShareOfMessagesRule(RuleId id, Param maxShare, Param minMessages, String countName,
                                  ToIntFunction<WeekTally> counted, String description) {
        this.id = id;
        this.maxShare = maxShare;
        this.minMessages = minMessages;
        this.countName = countName;
        this.counted = counted;
        this.description = description;
    }

    /** What the coach says, given the counts. */
    protected abstract Tip tip(int counted, int messages, long percent);

    @Override
    public final RuleId id() {
        return id;
    }

    @Override
    public Severity severity() {
        return Severity.MEDIUM;
    }

    @Override
    public final List<Param> params() {
        return List.of(maxShare, minMessages);
    }

    @Override
    public final String describe() {
        return description;
    }

    @Override
    public final void onWeekEnd(WeekContext ctx) {
        WeekTally t = ctx.tally();
        int messages = messages(t);
        if (messages == 0 || notJudged(t) || judgedFrom(t) < ctx.settings().count(minMessages)) {
            return;
        }
        int n = counted.applyAsInt(t);
        double share = (double) n / messages;
        if (share <= ctx.settings().value(maxShare)) {
            return;
        }
        long percent = Math.round(share * 100);
        ctx.emit(Evidence.builder().count("messages", messages).count(countName, n)
                .count("share-percent", percent).build(), tip(n, messages, percent));
    }

    /** The messages the share is taken of: all of the week's, unless a rule counts them differently. */
    protected int messages(WeekTally t) {
        return t.messages();
    }

    /**
     * Whether the week is left unjudged whatever its counts: never, unless a rule says otherwise. {@link #onWeekEnd}
     * is final, so that every share rule counts and speaks alike; a rule that reads some weeks as no case at all
     * (a run of posts the room took up, say) says so here rather than by bending the counts.
     */
    protected boolean notJudged(WeekTally t) {
        return false;
    }

    /** The messages that must reach {@code min-messages} before the share is judged: those it is taken of, unless a rule says otherwise. */
    protected int judgedFrom(WeekTally t) {
        return messages(t);
    }
}
