package dev.rapport.rules.links;

import dev.rapport.rules.finding.Tip;
import dev.rapport.rules.rule.Param;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.ShareOfMessagesRule;
import dev.rapport.rules.stats.WeekTally;

/**
 * {@code links.share}: too many of the week's messages carry links. Help links do not count, nor do link posts that
 * opened a conversation (someone answered the post and the person talked with them there): a link shared in the middle
 * of talk is what the tip's next step asks for, not a habit of dropping links.
 */
public final class LinksShareRule extends ShareOfMessagesRule {
    public static final Param MAX_SHARE = Param.share("max-share", 0.30, "share of messages with links above which the rule fires");
    public static final Param MIN_MESSAGES = Param.count("min-messages", 10, 1, 10_000, "messages a week before the share is judged");

    public LinksShareRule() {
        super(RuleId.LINKS_SHARE, MAX_SHARE, MIN_MESSAGES, "link-messages", LinksShareRule::linkPostsOnTheirOwn,
                "Watches the share of your messages in a week that carry links (links that answer someone's question, and "
                        + "link posts someone answered and you talked about with them, do not count).");
    }

    /** The week's link posts, less those that opened a conversation. */
    private static int linkPostsOnTheirOwn(WeekTally t) {
        return Math.max(0, t.linkMessages() - t.linkPostsAnswered());
    }

    @Override
    protected Tip tip(int counted, int messages, long percent) {
        return new Tip("This week " + counted + " of your " + messages + " messages (" + percent + "%) carried a link.",
                id().principle(), "before your next link, reply to one person or answer one question in that channel.");
    }
}
