package dev.rapport.bot.coach;

import dev.rapport.bot.storage.optin.GoalCounts;
import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.config.CoachSettings;
import dev.rapport.rules.config.CommunitySettings;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.rule.Rule;
import dev.rapport.rules.rule.RuleCatalogue;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.RuleSettings;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * What a community's admins change at run time, whatever the platform: who is who (by role or channel), where
 * promotion is welcome, and how each rule runs. Each change is stored, then the live coach takes the new settings
 * for every later message.
 */
public final class CommunityAdmin {
    private final EffectiveSettings settings;
    private final CoachService coach;
    private final RuleCatalogue catalogue;
    private final OptInLookup optIns;

    public CommunityAdmin(EffectiveSettings settings, CoachService coach, RuleCatalogue catalogue, OptInLookup optIns) {
        this.settings = settings;
        this.coach = coach;
        this.catalogue = catalogue;
        this.optIns = optIns;
    }

    public CompletableFuture<CommunitySettings> roleAudience(CommunityId community, String roleId, Audience audience) {
        return change(community, c -> {
            Map<String, Audience> roles = new HashMap<>(c.roleAudiences());
            roles.put(roleId, audience);
            return new CommunitySettings(roles, c.channelAudiences(), c.promotionChannels(), c.rules());
        });
    }

    public CompletableFuture<CommunitySettings> channelAudience(CommunityId community, String channelId, Audience audience) {
        return change(community, c -> {
            Map<String, Audience> channels = new HashMap<>(c.channelAudiences());
            channels.put(channelId, audience);
            return new CommunitySettings(c.roleAudiences(), channels, c.promotionChannels(), c.rules());
        });
    }

    public CompletableFuture<CommunitySettings> promotionChannel(CommunityId community, String channelId, boolean welcome) {
        return change(community, c -> {
            Set<String> channels = new HashSet<>(c.promotionChannels());
            if (welcome) {
                channels.add(channelId);
            } else {
                channels.remove(channelId);
            }
            return new CommunitySettings(c.roleAudiences(), c.channelAudiences(), channels, c.rules());
        });
    }

    /**
     * Changes one rule in the community: {@code setting} is {@code on}, {@code off}, {@code log} or
     * {@code <threshold>=<value>}.
     *
     * @throws IllegalArgumentException before anything changes, saying what is allowed
     */
    public CompletableFuture<RuleSettings> rule(CommunityId community, RuleId id, String setting) {
        Rule rule = catalogue.get(id);
        RuleChange change = RuleChange.parse(setting, rule);
        return change(community, c -> {
            Map<RuleId, RuleSettings> rules = new EnumMap<>(RuleId.class);
            rules.putAll(c.rules());
            rules.put(id, change.applyTo(effectiveRule(c, id)));
            return new CommunitySettings(c.roleAudiences(), c.channelAudiences(), c.promotionChannels(), rules);
        }).thenApply(c -> c.rules().get(id));
    }

    /**
     * The community's effective settings, for a status view: with the default role names it recognises and the goal
     * of members who chose none.
     */
    public CommunitySettings status(CommunityId community) {
        return settings.resolved(community);
    }

    /** How many members coached here chose each goal: counts only, never who. */
    public GoalCounts goals(CommunityId community) {
        return optIns.goalCounts(community);
    }

    /** How {@code rule} runs in {@code community}: the community's override, else the global settings. */
    public RuleSettings ruleIn(CommunityId community, RuleId rule) {
        return effectiveRule(settings.of(community), rule);
    }

    public RuleCatalogue catalogue() {
        return catalogue;
    }

    /** Takes up settings changed by another process sharing the storage; true when something changed. */
    public CompletableFuture<Boolean> refresh() {
        CoachSettings latest = settings.current();
        return coach.applySettings(latest);
    }

    private RuleSettings effectiveRule(CommunitySettings community, RuleId rule) {
        RuleSettings own = community.rules().get(rule);
        if (own != null) {
            return own;
        }
        return settings.global(rule);
    }

    private CompletableFuture<CommunitySettings> change(CommunityId community,
                                                        java.util.function.UnaryOperator<CommunitySettings> change) {
        CoachSettings changed = settings.change(community, change);
        return coach.applySettings(changed).thenApply(v -> changed.community(community));
    }
}
