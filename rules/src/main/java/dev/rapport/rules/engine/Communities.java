package dev.rapport.rules.engine;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.config.CoachSettings;
import dev.rapport.rules.config.CommunitySettings;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.RuleSettings;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Every community's state under the settings in force, and what those settings say per community (who someone is to
 * the business, how long a question may wait). Reads only {@link CoachSettings} and the {@link CommunityState}s; it
 * is separate so that the settings have one owner: an admin's change replaces them here and reaches every
 * community at once.
 */
final class Communities {

    private static final Duration DEFAULT_ANSWER_DEADLINE = Duration.ofHours(24);

    private final Map<CommunityId, CommunityState> communities = new HashMap<>();
    private CoachSettings settings;
    /** Keys questions' topic words for each community's memory of what people learned. */
    private final TopicKey topicKey;
    private final ChannelPurposes purposes;

    Communities(CoachSettings settings, TopicKey topicKey, ChannelPurposes purposes) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.topicKey = topicKey;
        this.purposes = purposes;
    }

    CommunityState community(CommunityId id) {
        // Not marked changed here: reading a community (a week's end, an audience) changes nothing to save; the
        // community marks itself when something it keeps changes.
        return communities.computeIfAbsent(id, k -> new CommunityState(settings.community(k), topicKey, purposes));
    }

    /**
     * Who {@code user} is to the business, seen from {@code community}. A direct conversation belongs to no
     * community (exports file it under its own id), so there the communities that know the person are asked.
     */
    Audience audienceOf(UserId user, CommunityId where, ChannelId channel, boolean direct) {
        Audience a = community(where).audienceOf(user, channel);
        if (!direct || a != Audience.UNKNOWN) {
            return a;
        }
        for (CommunityState c : communities.values()) {
            if (!c.knows(user)) {
                continue;
            }
            Audience elsewhere = c.audienceOf(user, null);
            if (elsewhere != Audience.UNKNOWN) {
                return elsewhere;
            }
        }
        return a;
    }

    Duration answerDeadline(CommunityId community) {
        RuleSettings s = settings.settings(community, RuleId.ONEWAY_UNANSWERED);
        Double hours = s.values().get("hours");
        return hours == null ? DEFAULT_ANSWER_DEADLINE : Duration.ofMinutes(Math.round(hours * 60));
    }

    /** The communities whose state may have changed since the last call (for periodic saving). */
    Set<CommunityId> drainChangedCommunities() {
        Set<CommunityId> changed = new HashSet<>();
        communities.forEach((id, c) -> {
            if (c.drainChanged()) {
                changed.add(id);
            }
        });
        return changed.isEmpty() ? Set.of() : Set.copyOf(changed);
    }

    /**
     * Per community, the roles seen on people that stood for an audience, and whether an admin configured them or
     * they were recognised by a default role name (Customer, Patron, Staff...).
     */
    Map<CommunityId, Map<String, CommunitySettings.RoleAudience>> recognisedRoles() {
        Map<CommunityId, Map<String, CommunitySettings.RoleAudience>> all = new java.util.TreeMap<>();
        communities.forEach((id, c) -> {
            var roles = c.recognisedRoles();
            if (!roles.isEmpty()) {
                all.put(id, roles);
            }
        });
        return all;
    }

    /**
     * Replaces the rule and community settings (an admin changed a threshold, an audience role, a promotion channel):
     * they apply from the next event on; nothing already counted is recounted.
     */
    void updateSettings(CoachSettings newSettings) {
        this.settings = Objects.requireNonNull(newSettings, "newSettings");
        communities.forEach((id, c) -> c.use(newSettings.community(id)));
    }
    /** The settings in force. */
    CoachSettings settings() {
        return settings;
    }

    /** The community's state if it was ever seen; null otherwise (never begins one). */
    CommunityState get(CommunityId id) {
        return communities.get(id);
    }

    /** Every community seen, in no particular order. */
    Collection<CommunityState> values() {
        return communities.values();
    }

    void forEach(BiConsumer<CommunityId, CommunityState> each) {
        communities.forEach(each);
    }

    /** The live map, for {@link DirectConversations}, which places a conversation among the communities. */
    Map<CommunityId, CommunityState> byId() {
        return communities;
    }
}
