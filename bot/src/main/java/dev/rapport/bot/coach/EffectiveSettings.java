package dev.rapport.bot.coach;

import dev.rapport.bot.storage.community.CommunitySettingsStore;
import dev.rapport.rules.config.CoachSettings;
import dev.rapport.rules.config.CommunitySettings;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.RuleMode;
import dev.rapport.rules.rule.RuleSettings;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The engine's settings as they stand: the operator's configuration file, overlaid with what each community's admins
 * changed at run time (kept in storage, so a restart and every other process see it too). A community's stored
 * settings replace the file's for that community as a whole: they were made from them.
 */
public final class EffectiveSettings {
    private final CoachSettings configured;
    private final CommunitySettingsStore store;

    public EffectiveSettings(CoachSettings configured, CommunitySettingsStore store) {
        this.configured = configured;
        this.store = store;
    }

    /** The configuration overlaid with every community's stored settings; reads storage. */
    public CoachSettings current() {
        Map<CommunityId, CommunitySettings> communities = new HashMap<>(configured.communities());
        communities.putAll(store.all());
        return configured.withCommunities(communities);
    }

    /** One community's effective settings. */
    public CommunitySettings of(CommunityId community) {
        return store.find(community).orElseGet(() -> configured.community(community));
    }

    /**
     * One community's effective settings as the engine uses them: with the installation's default role names and,
     * where the community has none, its default goal.
     */
    public CommunitySettings resolved(CommunityId community) {
        return configured.withCommunities(Map.of(community, of(community))).community(community);
    }

    /** How {@code rule} runs where no community changed it. */
    public RuleSettings global(RuleId rule) {
        RuleSettings s = configured.rules().get(rule);
        return s != null ? s : new RuleSettings(RuleMode.OFF, Map.of());
    }

    /** Applies {@code change} to the community's effective settings, stores the result and returns the new whole. */
    public synchronized CoachSettings change(CommunityId community, UnaryOperator<CommunitySettings> change) {
        store.save(community, change.apply(of(community)));
        return current();
    }
}
