package dev.rapport.rules.engine;

import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.rule.RuleId;

import java.util.List;
import java.util.Optional;

/**
 * One behaviour, one tip between the one-way and the audience families: a week spent posting to nobody in the
 * community's rooms beyond the trade's own is broadcasting, not also a week spent only with peers. The peers-only
 * tip counts whom one talked with; a seller whose words with anyone that week were with fellows, while their posts to
 * the rooms where buyers are went to nobody, was among the buyers all the same, only not talking with them. Told
 * that they spoke to nobody, they hear the whole of it, and the broadcast tip is the more specific: it names what to
 * do where they already are (reply to people there). So when the week's broadcast tip is given and some of the week's
 * turns to nobody went to a room that is not a trade room ({@code audience/TradeRoom}), the peers-only tip is not
 * given.
 *
 * <p>Both stand when every turn to nobody went to the trade's own room: a week of shop talk among fellows and lines
 * to them is the peers-only pattern, and the broadcast is a habit beside it.
 */
final class BroadcastOverPeers {
    private BroadcastOverPeers() {
    }

    /** Whether {@code rule} is one this class decides between. */
    static boolean applies(RuleId rule) {
        return rule == RuleId.ONEWAY_BROADCAST || rule == RuleId.AUDIENCE_PEERS_ONLY;
    }

    /**
     * The peers-only tip among {@code week} (a week's findings, in the order they were made) that the week's broadcast
     * tip speaks for, when some of the week's turns to nobody went beyond the trade's own room. Only tips that reach
     * the person speak for others.
     */
    static Optional<Finding> spokenFor(List<Finding> week, boolean toNobodyBeyondTheTradesRoom) {
        if (!toNobodyBeyondTheTradesRoom
                || week.stream().noneMatch(f -> f.rule() == RuleId.ONEWAY_BROADCAST && f.actionable())) {
            return Optional.empty();
        }
        return week.stream().filter(f -> f.rule() == RuleId.AUDIENCE_PEERS_ONLY && f.actionable()).findFirst();
    }
}
