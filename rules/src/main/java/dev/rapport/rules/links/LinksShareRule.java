package dev.rapport.rules.links;

import dev.rapport.rules.finding.Severity;
import dev.rapport.rules.finding.Tip;
import dev.rapport.rules.rule.Param;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.ShareOfMessagesRule;
import dev.rapport.rules.stats.WeekTally;

import java.util.List;

/** {@code links.share}: too many of the week's messages carry links. Help links do not count. */
public final class LinksShareRule extends ShareOfMessagesRule {
    public static final Param MAX_SHARE = Param.share("max-share", 0.30, "share of messages with links above which the rule fires");
    public static final Param MIN_MESSAGES = Param.count("min-messages", 10, 1, 10_000, "messages a week before the share is judged");

    @Override
    public RuleId id() {
        return RuleId.LINKS_SHARE;
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
        return "Watches the share of your messages in a week that carry links (links that answer someone's question do not count).";
    }

    @Override
    protected Param maxShare() {
        return MAX_SHARE;
    }

    @Override
    protected Param minMessages() {
        return MIN_MESSAGES;
    }

    @Override
    protected String countName() {
        return "link-messages";
    }

    @Override
    protected int counted(WeekTally tally) {
        return tally.linkMessages();
    }

    @Override
    protected Tip tip(int counted, int messages, long percent) {
        return new Tip("This week " + counted + " of your " + messages + " messages (" + percent + "%) carried a link.",
                id().principle(), "before your next link, reply to one person or answer one question in that channel.");
    }
}
