package dev.rapport.bot.storage.state;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.IsoWeek;

import java.time.Instant;
import java.util.Objects;

/**
 * One interaction between the coached person and someone else, as the engine sees it. The counterpart's id is
 * turned into a pseudonym by the store before anything is written.
 *
 * @param message     the message (or reaction target) it came from: the key that makes replays idempotent
 * @param counterpart the other person
 * @param direction   who engaged whom
 * @param audience    who the counterpart is to the person's business
 * @param at          when
 * @param week        the person's week it counts in
 */
public record Interaction(MessageId message, UserId counterpart, Direction direction, Audience audience, Instant at,
                          IsoWeek week) {
    public Interaction {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(counterpart, "counterpart");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(week, "week");
    }
}
