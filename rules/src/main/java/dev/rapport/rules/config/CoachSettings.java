package dev.rapport.rules.config;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.RuleMode;
import dev.rapport.rules.rule.RuleSettings;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The engine's settings: each rule's global settings, and what each community changed.
 *
 * @param rules       global settings of every rule in the catalogue
 * @param communities per-community settings (audiences, promotion channels, rule overrides)
 * @param helpWindow  how long after someone asks a question a link to them counts as an answer, not promotion
 */
public record CoachSettings(Map<RuleId, RuleSettings> rules, Map<CommunityId, CommunitySettings> communities,
                            Duration helpWindow, Map<String, Audience> defaultRoles, Goal defaultGoal) {
    public CoachSettings {
        rules = Map.copyOf(rules);
        communities = Map.copyOf(communities);
        defaultRoles = Map.copyOf(defaultRoles);
        java.util.Objects.requireNonNull(defaultGoal, "defaultGoal");
    }

    /** Without default roles, with the default goal (find customers). */
    public CoachSettings(Map<RuleId, RuleSettings> rules, Map<CommunityId, CommunitySettings> communities,
                         Duration helpWindow) {
        this(rules, communities, helpWindow, Map.of(), Goal.FIND_CUSTOMERS);
    }

    /** A copy with other communities, keeping the defaults (roles, goal) of this one. */
    public CoachSettings withCommunities(Map<CommunityId, CommunitySettings> newCommunities) {
        return new CoachSettings(rules, newCommunities, helpWindow, defaultRoles, defaultGoal);
    }

    /** The settings of {@code rule} in {@code community}: the community's override if any, else the global ones. */
    public RuleSettings settings(CommunityId community, RuleId rule) {
        CommunitySettings c = communities.get(community);
        if (c != null) {
            RuleSettings s = c.rules().get(rule);
            if (s != null) {
                return s;
            }
        }
        RuleSettings s = rules.get(rule);
        return s != null ? s : new RuleSettings(RuleMode.OFF, Map.of());
    }

    /** A community's settings, with the installation's default roles and goal filled in. */
    public CommunitySettings community(CommunityId community) {
        return communities.getOrDefault(community, CommunitySettings.NONE).withDefaults(defaultRoles, defaultGoal);
    }

    /** Every rule at its defaults: what {@code reference.conf} says too. */
    public static CoachSettings defaults(Iterable<? extends dev.rapport.rules.rule.Rule> catalogue) {
        Map<RuleId, RuleSettings> m = new EnumMap<>(RuleId.class);
        for (var rule : catalogue) {
            m.put(rule.id(), RuleSettings.defaults(rule.params()));
        }
        return new CoachSettings(m, Map.of(), Duration.ofHours(24));
    }
}
