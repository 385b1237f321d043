package dev.rapport.rules.rule;

import dev.rapport.rules.model.ChatMessage;

import java.time.Instant;

/** A coached person's message, its facts and their history. */
public interface MessageContext extends FindingContext {
    ChatMessage message();

    MessageFacts facts();

    UserHistory history();

    /**
     * Since when the engine would have seen this person speak anywhere: the start of the first week it knows of
     * them (their opt-in, or an export's first days). "Never spoke there" means something only well after this
     * moment; before it, the engine simply does not know.
     */
    Instant historySince();

    /**
     * When the person's week that this message falls in began (Monday 00:00 in their zone): the week their digest
     * reports, for a rule that speaks once a week.
     */
    Instant weekStart();
}
