package dev.rapport.bot.storage.state;

import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.stats.IsoWeek;

import java.time.Instant;
import java.util.Objects;

/**
 * A message by someone else waiting for the person's answer.
 *
 * @param message       the waiting message
 * @param fromPseudonym who wrote it, as a keyed pseudonym
 * @param since         when it was written
 * @param week          the person's week it belongs to
 */
public record PendingItem(MessageId message, String fromPseudonym, Instant since, IsoWeek week) {
    public PendingItem {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fromPseudonym, "fromPseudonym");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(week, "week");
    }
}
