package dev.rapport.rules.rule;

import dev.rapport.rules.finding.Evidence;
import dev.rapport.rules.finding.Tip;
import dev.rapport.rules.stats.WeekTally;

/**
 * A weekly rule of the form "more than {@code max-share} of the week's messages were X, from {@code min-messages}":
 * {@code links.share} and {@code oneway.broadcast}. Subclasses say what X is and how to put it kindly.
 */
public abstract class ShareOfMessagesRule implements Rule {

    /** The share threshold (fires above it). */
    protected abstract Param maxShare();

    /** The messages a week before the share is judged. */
    protected abstract Param minMessages();

    /** The name of the counted messages in the evidence, e.g. {@code link-messages}. */
    protected abstract String countName();

    /** How many of the week's messages are X. */
    protected abstract int counted(WeekTally tally);

    /** What the coach says, given the counts. */
    protected abstract Tip tip(int counted, int messages, long percent);

    @Override
    public final void onWeekEnd(WeekContext ctx) {
        WeekTally t = ctx.tally();
        if (t.messages() < ctx.settings().count(minMessages())) return;
        int counted = counted(t);
        double share = (double) counted / t.messages();
        if (share <= ctx.settings().value(maxShare())) return;
        long percent = Math.round(share * 100);
        ctx.emit(Evidence.builder().count("messages", t.messages()).count(countName(), counted)
                .count("share-percent", percent).build(), tip(counted, t.messages(), percent));
    }
}
