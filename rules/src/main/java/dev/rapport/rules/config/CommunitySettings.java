package dev.rapport.rules.config;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.RuleSettings;

import java.util.Map;
import java.util.Set;

/**
 * What a community's admins configured: who is who, where promotion is welcome, and rule overrides.
 *
 * @param roleAudiences     role id or name to audience (e.g. {@code Customer -> customer})
 * @param channelAudiences  channel id to audience: everyone you talk to there counts as that audience
 * @param promotionChannels channel ids where self-promotion is welcome (a #showcase): link and promotion
 *                          rules stay quiet there
 * @param rules             rule settings that differ from the global ones, already merged with them
 */
public record CommunitySettings(Map<String, Audience> roleAudiences, Map<String, Audience> channelAudiences,
                                Set<String> promotionChannels, Map<RuleId, RuleSettings> rules) {
    public static final CommunitySettings NONE = new CommunitySettings(Map.of(), Map.of(), Set.of(), Map.of());

    public CommunitySettings {
        roleAudiences = Map.copyOf(roleAudiences);
        channelAudiences = Map.copyOf(channelAudiences);
        promotionChannels = Set.copyOf(promotionChannels);
        rules = Map.copyOf(rules);
    }
}
