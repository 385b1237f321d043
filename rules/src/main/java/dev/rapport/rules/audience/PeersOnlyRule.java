package dev.rapport.rules.audience;

import dev.rapport.rules.finding.Evidence;
import dev.rapport.rules.finding.Severity;
import dev.rapport.rules.finding.Tip;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.rule.Param;
import dev.rapport.rules.rule.Rule;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.WeekContext;
import dev.rapport.rules.stats.WeekTally;

import java.util.List;
import java.util.Map;

/**
 * {@code audience.peers-only}: nearly all of the week's interactions were with peers. The tip points at open
 * questions from seekers (prospective customers) the person could answer.
 */
public final class PeersOnlyRule implements Rule {
    public static final Param SHARE = Param.share("share", 0.80, "share of interactions with peers at or above which the rule fires");
    public static final Param MIN_INTERACTIONS = Param.count("min-interactions", 5, 1, 10_000, "interactions a week before the mix is judged");
    public static final Param MIN_MESSAGES = Param.count("min-messages", 10, 1, 10_000, "own messages a week before the mix is judged");
    public static final Param LOOKBACK_HOURS = Param.count("question-hours", 48, 1, 168, "how recent suggested open questions are");

    @Override
    public RuleId id() {
        return RuleId.AUDIENCE_PEERS_ONLY;
    }

    @Override
    public Severity severity() {
        return Severity.LOW;
    }

    @Override
    public List<Param> params() {
        return List.of(SHARE, MIN_INTERACTIONS, MIN_MESSAGES, LOOKBACK_HOURS);
    }

    @Override
    public String describe() {
        return "Watches whether 80% or more of your interactions in a week are with peers (people in your own trade), in a "
                + "week of 10 or more messages, and points you to up to 3 open questions from people who could become "
                + "customers.";
    }

    /** Customers and people who mostly ask are not the ones who should go and find customers. */
    static boolean sells(Audience self) {
        return self == Audience.PEER || self == Audience.UNKNOWN;
    }

    /**
     * How many people outside the trade (not peers, not ignored) reached out to the person this week and were given
     * nothing back by them that week.
     */
    static int buyersLeftWithoutAWord(WeekTally t) {
        int n = 0;
        for (WeekTally.CounterpartTally c : t.counterparts().values()) {
            if (c.audience() != Audience.PEER && c.audience() != Audience.IGNORE && c.leftWithoutAWord()) {
                n++;
            }
        }
        return n;
    }

    /** Whether an existing customer or advocate reached out to the person this week and was given nothing back. */
    static boolean customerLeftWithoutAWord(WeekTally t) {
        for (WeekTally.CounterpartTally c : t.counterparts().values()) {
            if (c.audience().existingCustomer() && c.leftWithoutAWord()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void onWeekEnd(WeekContext ctx) {
        if (!sells(ctx.selfAudience())) {
            return;
        }
        // Someone who says they want clients of their own sells, however few others here are seen selling.
        if (!ctx.communitySells() && !ctx.selfSeeksClients()) {
            return;
        }
        // In the trade's own community shop talk among the trade is what people come for: a week of it is a pattern to
        // balance only where someone from outside the trade asked there and waited. A buyer who asked the person
        // directly is owed that answer, which the unanswered tip says.
        // Not for someone who said they want more clients and left a buyer's own question to them past its answer
        // time: they passed by the very thing they said they lack, and the week's talk with fellows is why (the
        // unanswered tip names the question, this one the week).
        // Nor for any seller who, beside a buyer's question left past its answer time, left two or more buyers who
        // reached out that week without a word: one buyer kept waiting is one slip, which the unanswered tip names;
        // buyers passed by while the whole week went to fellows say where the week went (since session 60).
        // So for a seller whose own existing customer asked them this week and was left without a word, past the
        // answer time: a client of one's own passed by while the week went to fellows is no slip of a busy week (an
        // unknown buyer may be one), it is where the week went (since session 68).
        boolean buyersPassedBy = ctx.tally().overdueFromBuyers() > 0
                && (ctx.selfSeeksClients() || buyersLeftWithoutAWord(ctx.tally()) >= 2
                || customerLeftWithoutAWord(ctx.tally()));
        if (ctx.onlyTheTradeHere() && !buyersPassedBy) {
            return;
        }
        // Peers are the point for someone looking for collaborators or learning, and beside it for customer care.
        if (!ctx.goal().findsCustomers()) {
            return;
        }
        WeekTally t = ctx.tally();
        // Lines to nobody in a room for one trade's people among themselves are talk with peers, though no reply or
        // name says with whom: a week of shop talk there is a week with peers.
        int roomTalk = t.tradeRoomTurns();
        // But only beside some exchange with someone: a week in which not one line went to anyone and none came back
        // (no reply, name or answer either way) was talk with nobody, fellows included. Its lines to the room are a
        // broadcast, which oneway.broadcast names; there is no mix of audiences to balance (since session 57).
        if (t.interactions() == 0) {
            return;
        }
        int all = t.interactions() + roomTalk;
        // A handful of messages with peers is a week of shop talk, not a pattern to balance.
        if (all < ctx.settings().count(MIN_INTERACTIONS) || t.messages() < ctx.settings().count(MIN_MESSAGES)) {
            return;
        }
        // Judged by who each person turned out to be by the last word with them this week (the tally keeps the
        // latest): someone first met asking a question who then offers their own services is in the trade, and so
        // were the conversations with them earlier that week.
        int known = 0;
        int peers = 0;
        for (WeekTally.CounterpartTally c : t.counterparts().values()) {
            if (c.audience() == Audience.IGNORE) {
                continue;
            }
            int n = Math.max(0, c.given()) + Math.max(0, c.received());
            known += n;
            if (c.audience() == Audience.PEER) {
                peers += n;
            }
        }
        if (known > 0) {
            all = known + roomTalk;
            peers += roomTalk;
        } else {
            peers = t.interactionsWith(Audience.PEER) + roomTalk;
        }
        double share = (double) peers / all;
        if (share < ctx.settings().value(SHARE)) {
            return;
        }
        Map<MessageId, ChannelId> questions = ctx.openSeekerQuestions(ctx.settings().count(LOOKBACK_HOURS), 3);
        Evidence.Builder evidence = Evidence.builder().count("interactions", all).count("with-peers", peers)
                .count("share-percent", Math.round(share * 100));
        questions.forEach(evidence::suggestion);
        String next = questions.isEmpty()
                ? "find one channel where people ask the questions you can answer, and answer one of them."
                : questions.size() == 1
                ? "answer the open question from someone who could become a customer (linked with this tip)."
                : "answer one of the " + questions.size() + " open questions from people who could become customers "
                + "(linked with this tip).";
        ctx.emit(evidence.build(), new Tip(Math.round(share * 100) + "% of your " + all
                + " interactions this week were with peers in your own trade.", id().principle(), next));
    }
}
