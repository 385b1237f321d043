package dev.rapport.rules.model;

import java.time.Instant;

/**
 * Everything the coach can learn from a chat, normalised by the adapters at the edge.
 * Events carry platform-neutral ids only; the engine never sees a JDA, Javacord or file-format type.
 */
public sealed interface ChatEvent permits ChatMessage, MessageDeleted, ReactionAdded, MemberRoles, RecordEnds {
    /** When it happened, in UTC. Events are processed in this order. */
    Instant time();

    /** Where it happened. */
    CommunityId community();
}
