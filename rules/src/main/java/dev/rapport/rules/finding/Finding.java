package dev.rapport.rules.finding;

import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.RuleMode;
import dev.rapport.rules.stats.IsoWeek;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing the coach noticed about one person's week.
 *
 * @param rule      the stable rule id
 * @param severity  how much it matters for the week
 * @param mode      {@link RuleMode#ACT} findings become tips; {@link RuleMode#LOG} ones are only recorded
 * @param user      the coached person
 * @param community where it was seen (the community whose settings applied)
 * @param week      the person's ISO week it belongs to
 * @param at        when it was noticed
 * @param evidence  references that explain it
 * @param tip       what the coach says about it
 */
public record Finding(RuleId rule, Severity severity, RuleMode mode, UserId user, CommunityId community, IsoWeek week,
                      Instant at, Evidence evidence, Tip tip) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(tip, "tip");
    }

    /** Whether this finding is meant to reach the person as a tip. */
    public boolean actionable() {
        return mode == RuleMode.ACT;
    }
}
