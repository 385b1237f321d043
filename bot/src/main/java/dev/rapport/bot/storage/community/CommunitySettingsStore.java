package dev.rapport.bot.storage.community;

import dev.rapport.rules.config.CommunitySettings;
import dev.rapport.rules.model.CommunityId;

import java.util.Map;
import java.util.Optional;

/** What each community's admins set at run time (audiences, promotion channels, rule overrides): one row each. */
public interface CommunitySettingsStore {
    /** Replaces the community's settings. */
    void save(CommunityId community, CommunitySettings settings);

    Optional<CommunitySettings> find(CommunityId community);

    Map<CommunityId, CommunitySettings> all();

    boolean remove(CommunityId community);
}
