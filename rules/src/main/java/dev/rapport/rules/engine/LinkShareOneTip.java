package dev.rapport.rules.engine;

import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.stats.WeekTally;

import java.util.ArrayList;
import java.util.List;

/**
 * One behaviour, one tip around the link-share tip ({@code links.share}: too many of the week's messages carried
 * links). That tip is about a week of link posts, and two other tips can be about the very same posts:
 *
 * <ul>
 *   <li>{@code links.drop} (a link opening a message in a channel one had been quiet in) is by its making one of the
 *       link posts the share tip counts: a moment of the habit the share tip names, so beside it the drop is not told
 *       again. Alone (a week without the share tip) it stands;</li>
 *   <li>{@code oneway.broadcast} (the week's messages spoke to nobody) speaks of the same posts when most of the week's
 *       turns to nobody pass links on (articles, finds, deals that are not one's own), and both tips then ask for the
 *       same thing (a word to a person before the next post). The link tip is the more specific, it says what the
 *       posts are, so the broadcast tip is not given, as long as the person talked with someone that week (replied to
 *       or addressed somebody, or talked with whoever answered a link post of theirs): the posts to nobody are then
 *       the link habit and nothing more. Both stand otherwise: a week in which the person spoke to no one at all
 *       (not talking with anyone is more than posting links); posts to nobody that are mostly something else (news,
 *       chat to the room); and announcements of one's own work, which are what the broadcast tip is about (how one
 *       speaks to the room), whatever links they carry.</li>
 * </ul>
 *
 * The evidence compared is the week's own counts: the drop's message carries counted links by definition, and
 * {@link WeekTally#linkMessagesToNobody()} says how many of the posts to nobody passed links on. Only tips that reach
 * the person speak for others.
 */
final class LinkShareOneTip {
    private LinkShareOneTip() {
    }

    /** Whether {@code rule} is one this class decides between. */
    static boolean applies(RuleId rule) {
        return rule == RuleId.LINKS_SHARE || rule == RuleId.LINKS_DROP || rule == RuleId.ONEWAY_BROADCAST;
    }

    /**
     * The tips among {@code week} (a week's findings in one community, in the order they were made) that the week's
     * link-share tip already speaks for, given the week's counts.
     */
    static List<Finding> spokenFor(List<Finding> week, WeekTally tally) {
        List<Finding> out = new ArrayList<>(0);
        boolean share = week.stream().anyMatch(f -> f.rule() == RuleId.LINKS_SHARE && f.actionable());
        if (!share) {
            return out;
        }
        for (Finding f : week) {
            if (!f.actionable()) {
                continue;
            }
            if (f.rule() == RuleId.LINKS_DROP || (f.rule() == RuleId.ONEWAY_BROADCAST && sameLinkPosts(tally))) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Most of the week's turns to nobody passed links on, and the person did talk with someone that week: replied to
     * someone, or talked with whoever answered one of their link posts, by turns, a reply or a name (the link opened
     * a conversation, {@link WeekTally#linkPostsAnswered()}): chat without reply links is talk all the same.
     */
    private static boolean sameLinkPosts(WeekTally tally) {
        return (tally.replies() > 0 || tally.linkPostsAnswered() > 0)
                && tally.linkMessagesToNobody() * 2 > tally.broadcastTurns();
    }
}
