package dev.rapport.bot.storage.state;

import dev.rapport.rules.model.CommunityId;

import java.time.Instant;
import java.util.Objects;

/**
 * When someone last wrote in one of a community's own channels, by pseudonym: what the coach needs, after a restart, to
 * file a direct message under the community its two people last met in (README "The rule catalogue"). No id, no
 * text, no channel.
 *
 * @param community      the community
 * @param pseudonym      the writer's keyed pseudonym
 * @param lastInChannels when they last wrote in one of its channels
 */
public record Presence(CommunityId community, String pseudonym, Instant lastInChannels) {
    public Presence {
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(pseudonym, "pseudonym");
        Objects.requireNonNull(lastInChannels, "lastInChannels");
    }
}
