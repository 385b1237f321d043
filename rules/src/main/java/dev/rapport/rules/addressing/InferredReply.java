package dev.rapport.rules.addressing;

import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ReplyInference} concluded about one message.
 *
 * @param addressed     the people the text addresses, first addressed first (never the author)
 * @param replyTo       the message it most likely answers, if any
 * @param replyToAuthor the author of that message
 */
public record InferredReply(List<UserId> addressed, Optional<MessageId> replyTo, Optional<UserId> replyToAuthor) {
    public InferredReply {
        addressed = List.copyOf(addressed);
        Objects.requireNonNull(replyTo, "replyTo");
        Objects.requireNonNull(replyToAuthor, "replyToAuthor");
        if (replyTo.isPresent() != replyToAuthor.isPresent()) {
            throw new IllegalArgumentException("a reply needs both the message and its author");
        }
    }

    static InferredReply none(List<UserId> addressed) {
        return new InferredReply(addressed, Optional.empty(), Optional.empty());
    }

    static InferredReply to(List<UserId> addressed, MessageId message, UserId author) {
        return new InferredReply(addressed, Optional.of(message), Optional.of(author));
    }
}
