package dev.rapport.rules.rule;

import dev.rapport.rules.model.ChatMessage;

/** A coached person's message, its facts and their history. */
public interface MessageContext extends FindingContext {
    ChatMessage message();

    MessageFacts facts();

    UserHistory history();
}
