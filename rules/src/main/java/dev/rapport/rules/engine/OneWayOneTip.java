package dev.rapport.rules.engine;

import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.stats.WeekTally;

import java.util.List;
import java.util.Optional;

/**
 * One behaviour, one tip in the one-way family: a week of a project's news posted to the room is broadcasting, not
 * also self-focus. Updates in the voice of a team or a project ("we're at 70%", "our new release is out") carry
 * "we" and "our" because they are news about the project; told that they spoke to nobody, the person hears the whole
 * of it, and the broadcast tip is the more specific: it names what to do (reply to people). So when the week's
 * broadcast tip is given and most of the week's first-person words are "we/our" in those posts to nobody, the
 * self-focus tip speaks for the same posts and is not given.
 *
 * <p>Both stand otherwise: a week of posts to the room about oneself ("I", "my" in every line) is two habits, the
 * broadcasting and the talk that turns to oneself, and replying more would fix only the first; and self-focus found in
 * conversation (replies, talk with people) is not about the broadcast posts at all.
 */
final class OneWayOneTip {
    private OneWayOneTip() {
    }

    /** Whether {@code rule} is one this class decides between. */
    static boolean applies(RuleId rule) {
        return rule == RuleId.ONEWAY_BROADCAST || rule == RuleId.ONEWAY_SELF_FOCUS;
    }

    /**
     * The self-focus tip among {@code week} (a week's findings, in the order they were made) that the week's broadcast
     * tip already speaks for, given the week's counts. Only tips that reach the person speak for others.
     */
    static Optional<Finding> spokenFor(List<Finding> week, WeekTally tally) {
        boolean broadcast = week.stream().anyMatch(f -> f.rule() == RuleId.ONEWAY_BROADCAST && f.actionable());
        if (!broadcast || tally.firstPersonPluralToNobody() * 2 <= tally.firstPerson()) {
            return Optional.empty();
        }
        return week.stream().filter(f -> f.rule() == RuleId.ONEWAY_SELF_FOCUS && f.actionable()).findFirst();
    }
}
