package dev.rapport.rules.model;

import java.time.Instant;
import java.util.Objects;

/** A message was deleted: whatever the coach derived from it is removed from its author's state. */
public record MessageDeleted(MessageId id, Instant time, CommunityId community, ChannelId channel) implements ChatEvent {
    public MessageDeleted {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(channel, "channel");
    }
}
