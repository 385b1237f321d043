package dev.rapport.bot.discord.loopback;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Messages that exist on the loopback server (posted by users or the bot) and the interactions awaiting answers. */
final class MessageStore {

    /** An interaction as its token remembers it; {@code originalMessageId} is set once the bot responds. */
    record PendingInteraction(String id, int type, String channelId, String userId, String componentMessageId,
                              String originalMessageId, boolean acknowledged, java.time.Instant createdAt) {

        PendingInteraction answered(String messageId) {
            return new PendingInteraction(id, type, channelId, userId, componentMessageId, messageId, true, createdAt);
        }
    }

    private final Map<String, ObjectNode> messages = new ConcurrentHashMap<>();
    private final Map<String, PendingInteraction> interactionsByToken = new ConcurrentHashMap<>();

    void put(ObjectNode message) {
        messages.put(message.path("id").asText(), message);
    }

    Optional<ObjectNode> find(String messageId) {
        return Optional.ofNullable(messages.get(messageId));
    }

    Optional<ObjectNode> find(String channelId, String messageId) {
        return find(messageId).filter(message -> message.path("channel_id").asText().equals(channelId));
    }

    /** A message the bot already posted in {@code channelId} with this nonce (Discord's enforce_nonce dedupe). */
    Optional<ObjectNode> byNonce(String channelId, String nonce) {
        return messages.values().stream()
                .filter(m -> m.path("channel_id").asText().equals(channelId) && nonce.equals(m.path("nonce").asText(null)))
                .findFirst();
    }

    /** The messages of one channel, newest (highest snowflake) first. */
    java.util.List<ObjectNode> inChannelNewestFirst(String channelId) {
        return messages.values().stream()
                .filter(m -> m.path("channel_id").asText().equals(channelId))
                .sorted(java.util.Comparator.comparingLong((ObjectNode m) -> Long.parseLong(m.path("id").asText()))
                        .reversed())
                .toList();
    }

    boolean remove(String messageId) {
        return messages.remove(messageId) != null;
    }

    void rememberInteraction(String token, PendingInteraction interaction) {
        interactionsByToken.put(token, interaction);
    }

    Optional<PendingInteraction> interaction(String token) {
        return Optional.ofNullable(interactionsByToken.get(token));
    }

    void updateInteraction(String token, PendingInteraction interaction) {
        interactionsByToken.put(token, interaction);
    }
}
