package dev.rapport.rules.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Someone reacted to a message. A reaction is a small act of giving: it counts as engaging with the author.
 *
 * @param messageAuthor the author of the message reacted to
 * @param reactor       who reacted
 * @param emoji         the emoji as the platform names it: the character(s) of a standard emoji ("👍"), the name of
 *                      a server's own ("partyblob"); empty when not known. Not text anyone wrote: whether the
 *                      reaction says yes or only "seen" ({@code text/ReactionMeaning}).
 */
public record ReactionAdded(MessageId message, UserId messageAuthor, UserId reactor, Instant time,
                            CommunityId community, ChannelId channel, String emoji) implements ChatEvent {
    public ReactionAdded {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageAuthor, "messageAuthor");
        Objects.requireNonNull(reactor, "reactor");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(channel, "channel");
        emoji = emoji == null ? "" : emoji;
    }

    /** A reaction whose emoji is not known (read as one that answers, as every reaction was before emoji were kept). */
    public ReactionAdded(MessageId message, UserId messageAuthor, UserId reactor, Instant time, CommunityId community,
                         ChannelId channel) {
        this(message, messageAuthor, reactor, time, community, channel, "");
    }
}
