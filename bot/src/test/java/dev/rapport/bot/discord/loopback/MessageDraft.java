package dev.rapport.bot.discord.loopback;

import java.util.Arrays;
import java.util.List;

/**
 * A message a user posts, for {@link LoopbackDiscord#messageCreate(MessageDraft)}:
 * {@code MessageDraft.inChannel("10", "7", "hi <@1000>").mentioning("1000")} or {@code MessageDraft.direct("7", "hi")}.
 *
 * @param channelId        a declared guild channel, or {@code null} for the author's DM with the bot
 * @param replyToMessageId the replied-to message (gives {@code message_reference}), or {@code null}
 * @param forwardOfMessageId the forwarded message: empty content, {@code message_reference.type = 1} and the
 *                           original in {@code message_snapshots}; or {@code null}
 */
public record MessageDraft(String channelId, String authorId, String content, List<String> mentionedUserIds,
                           String replyToMessageId, String forwardOfMessageId) {

    public MessageDraft {
        mentionedUserIds = List.copyOf(mentionedUserIds);
    }

    public static MessageDraft inChannel(String channelId, String authorId, String content) {
        return new MessageDraft(channelId, authorId, content, List.of(), null, null);
    }

    public static MessageDraft direct(String authorId, String content) {
        return new MessageDraft(null, authorId, content, List.of(), null, null);
    }

    public MessageDraft mentioning(String... userIds) {
        return new MessageDraft(channelId, authorId, content, Arrays.asList(userIds), replyToMessageId, forwardOfMessageId);
    }

    public MessageDraft replyingTo(String messageId) {
        return new MessageDraft(channelId, authorId, content, mentionedUserIds, messageId, null);
    }

    /** {@code authorId} forwards message {@code messageId} into {@code channelId}. */
    public static MessageDraft forward(String channelId, String authorId, String messageId) {
        return new MessageDraft(channelId, authorId, "", List.of(), null, messageId);
    }

    boolean isDirect() {
        return channelId == null;
    }
}
