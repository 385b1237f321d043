package dev.rapport.rules.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Someone reacted to a message. A reaction is a small act of giving: it counts as engaging with the author.
 *
 * @param messageAuthor the author of the message reacted to
 * @param reactor       who reacted
 */
public record ReactionAdded(MessageId message, UserId messageAuthor, UserId reactor, Instant time,
                            CommunityId community, ChannelId channel) implements ChatEvent {
    public ReactionAdded {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageAuthor, "messageAuthor");
        Objects.requireNonNull(reactor, "reactor");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(channel, "channel");
    }
}
