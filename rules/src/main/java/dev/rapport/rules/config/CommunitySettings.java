package dev.rapport.rules.config;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.RuleSettings;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a community's admins configured: who is who, where promotion is welcome, and rule overrides.
 *
 * @param roleAudiences     role id or name to audience (e.g. {@code Customer -> customer})
 * @param channelAudiences  channel id to audience: everyone you talk to there counts as that audience
 * @param promotionChannels channel ids where self-promotion is welcome (a #showcase): link and promotion
 *                          rules stay quiet there
 * @param rules             rule settings that differ from the global ones, already merged with them
 * @param defaultRoles      role names recognised without configuration ({@code Customer}, {@code Patron},
 *                          {@code Staff}...), compared ignoring case; configured roles win over them
 * @param goal              what the community is for, when set: the goal of people who did not choose one
 */
public record CommunitySettings(Map<String, Audience> roleAudiences, Map<String, Audience> channelAudiences,
                                Set<String> promotionChannels, Map<RuleId, RuleSettings> rules,
                                Map<String, Audience> defaultRoles, Optional<Goal> goal) {
    /** Compiled once: these run on every message a coached person writes. */
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    public static final CommunitySettings NONE = new CommunitySettings(Map.of(), Map.of(), Set.of(), Map.of());

    public CommunitySettings {
        roleAudiences = Map.copyOf(roleAudiences);
        channelAudiences = Map.copyOf(channelAudiences);
        promotionChannels = Set.copyOf(promotionChannels);
        rules = Map.copyOf(rules);
        defaultRoles = Map.copyOf(defaultRoles);
        goal = goal == null ? Optional.empty() : goal;
    }

    /** Configured settings alone: default roles and the goal come from {@link CoachSettings#community}. */
    public CommunitySettings(Map<String, Audience> roleAudiences, Map<String, Audience> channelAudiences,
                             Set<String> promotionChannels, Map<RuleId, RuleSettings> rules) {
        this(roleAudiences, channelAudiences, promotionChannels, rules, Map.of(), Optional.empty());
    }

    /** A copy with this goal. */
    public CommunitySettings withGoal(Goal newGoal) {
        return new CommunitySettings(roleAudiences, channelAudiences, promotionChannels, rules, defaultRoles,
                Optional.of(newGoal));
    }

    /** A copy that knows the installation's default roles and, where it has none, its default goal. */
    public CommunitySettings withDefaults(Map<String, Audience> roles, Goal defaultGoal) {
        return new CommunitySettings(roleAudiences, channelAudiences, promotionChannels, rules, roles,
                goal.isPresent() ? goal : Optional.of(defaultGoal));
    }

    /** The audience a role stands for and how it was recognised; empty when the role means nothing here. */
    public Optional<RoleAudience> audienceOfRole(String role) {
        Audience configured = roleAudiences.get(role);
        if (configured != null) {
            return Optional.of(new RoleAudience(configured, true));
        }
        for (var e : roleAudiences.entrySet()) {
            if (e.getKey().equalsIgnoreCase(role)) {
                return Optional.of(new RoleAudience(e.getValue(), true));
            }
        }
        String lower = role.toLowerCase(Locale.ROOT);
        for (var e : defaultRoles.entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).equals(lower)) {
                return Optional.of(new RoleAudience(e.getValue(), false));
            }
        }
        // A customer's role is often qualified ("Verified Customer", "Premium Subscribers", "Founding Patron"): a
        // default customer or advocate name as its last word, the noun the rest qualifies, names the same people.
        // Not as a word before another ("Customer Support" is the team that answers them), and staff names are not
        // read this way: "Team Red" in a game's server is a side, not the business's team.
        String[] words = NOT_A_WORD.split(lower);
        if (words.length < 2) {
            return Optional.empty();
        }
        String last = words[words.length - 1];
        for (var e : defaultRoles.entrySet()) {
            String name = e.getKey().toLowerCase(Locale.ROOT);
            if (e.getValue().existingCustomer() && (last.equals(name) || last.equals(name + "s"))) {
                return Optional.of(new RoleAudience(e.getValue(), false));
            }
        }
        return Optional.empty();
    }

    /** A role's audience, and whether an admin configured it (else it is one of the default role names). */
    public record RoleAudience(Audience audience, boolean configured) {
    }
}
