package dev.rapport.rules.oneway;

import dev.rapport.rules.finding.Tip;
import dev.rapport.rules.rule.Param;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.ShareOfMessagesRule;
import dev.rapport.rules.stats.WeekTally;

/** {@code oneway.broadcast}: almost every message of the week spoke to nobody in particular. */
public final class BroadcastRule extends ShareOfMessagesRule {
    public static final Param MAX_SHARE = Param.share("max-share", 0.80, "share of messages addressing nobody above which the rule fires");
    public static final Param MIN_MESSAGES = Param.count("min-messages", 10, 1, 10_000, "messages a week before the share is judged");

    public BroadcastRule() {
        super(RuleId.ONEWAY_BROADCAST, MAX_SHARE, MIN_MESSAGES, "broadcast", WeekTally::broadcastTurns,
                "Watches the share of your messages in a week that neither reply to nor address anyone (above 80%, from 10 messages).");
    }

    /** Turns, not lines: a paste or a thought split over lines is one message to the room, not ten. */
    @Override
    protected int messages(WeekTally t) {
        return t.turns();
    }

    /**
     * A week of news the room took up ({@link NewsTheRoomTookUp}), or of calls it took up ({@link CallsTheRoomTookUp}),
     * is not judged at all.
     */
    @Override
    protected boolean notJudged(WeekTally t) {
        // A run of news the room kept reacting to, whose readers spoke back and were answered, was a service to the
        // room, not speaking to nobody: the week is not judged (NewsTheRoomTookUp says what that takes).
        // Likewise a group's calls and notices that several members answered and were thanked for: spoken to the group
        // and answered by it, not to nobody (CallsTheRoomTookUp says what that takes).
        return NewsTheRoomTookUp.in(t) || CallsTheRoomTookUp.in(t);
    }

    /**
     * A week is judged from how many turns the person took, those that were what their channel is for among them (a
     * log entry, a post of the room's own kind): they are left out of the share spoken to nobody, not out of the week.
     * A week mostly of such posts is judged by the rest alone: its posts to nobody elsewhere are a few, not a habit.
     */
    @Override
    protected int judgedFrom(WeekTally t) {
        int all = t.judgedTurns();
        return t.turns() * 2 >= all ? all : t.turns();
    }

    @Override
    protected Tip tip(int counted, int messages, long percent) {
        return new Tip(counted + " of your " + messages + " messages this week (" + percent + "%) spoke to nobody in particular.",
                id().principle(), "reply to two people's messages before your next announcement.");
    }
}
