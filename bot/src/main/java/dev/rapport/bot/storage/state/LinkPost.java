package dev.rapport.bot.storage.state;

import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.MessageId;

import java.time.Instant;
import java.util.Objects;

/**
 * One link the person posted, by fingerprint (normalised URL), never the message around it.
 *
 * @param message     the message that carried it
 * @param fingerprint the link's normalised fingerprint
 * @param channel     where it was posted
 * @param at          when
 */
public record LinkPost(MessageId message, String fingerprint, ChannelId channel, Instant at) {
    public LinkPost {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(at, "at");
    }
}
