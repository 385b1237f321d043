package dev.rapport.bot.coach;

import dev.rapport.bot.storage.optin.TipFrequency;

import java.time.Duration;
import java.util.Objects;

/**
 * How the live coach delivers tips ({@code rapport.coaching}).
 *
 * @param cooldown         after a tip about a rule, no other tip about the same rule for this long
 * @param dailyCap         tips per person and day (in their zone) at most
 * @param outboxCapacity   weekly digests waiting to be sent at most; beyond, the oldest makes room (queued again later)
 * @param sendInterval     pause between two sends, so bursts are spread out under the platform's rate limits
 * @param saveInterval     how often changed engine state is saved
 * @param tickInterval     how often the engine's clock moves without events (overdue answers, week ends)
 * @param digestInterval   how often the weekly digest routine looks for digests due
 * @param settingsInterval how often community settings changed by another process are looked for
 * @param defaultFrequency the tip frequency of a fresh opt-in
 * @param togetherWindow   findings of one person within this window (one moment) go out as one message
 * @param retryBackoff     the wait after a failed send; it doubles with each further failure
 * @param sendAttempts     sends tried before a tip is kept for the person's next command instead
 * @param engineQueue      events waiting for the engine at most; beyond, the oldest message events are shed
 */
public record CoachingSettings(Duration cooldown, int dailyCap, int outboxCapacity, Duration sendInterval,
                               Duration saveInterval, Duration tickInterval, Duration digestInterval,
                               Duration settingsInterval, TipFrequency defaultFrequency, Duration togetherWindow,
                               Duration retryBackoff, int sendAttempts, int engineQueue) {
    /** The defaults for delivery and the engine queue: 10 s together, 30 s backoff, 5 attempts, 100,000 events. */
    public CoachingSettings(Duration cooldown, int dailyCap, int outboxCapacity, Duration sendInterval,
                            Duration saveInterval, Duration tickInterval, Duration digestInterval,
                            Duration settingsInterval, TipFrequency defaultFrequency) {
        this(cooldown, dailyCap, outboxCapacity, sendInterval, saveInterval, tickInterval, digestInterval,
                settingsInterval, defaultFrequency, Duration.ofSeconds(10), Duration.ofSeconds(30), 5, 100_000);
    }

    public CoachingSettings {
        Objects.requireNonNull(togetherWindow, "togetherWindow");
        Objects.requireNonNull(retryBackoff, "retryBackoff");
        if (sendAttempts < 1) {
            throw new IllegalArgumentException("send attempts must be at least 1");
        }
        if (engineQueue < 1) {
            throw new IllegalArgumentException("the engine queue must hold at least 1 event");
        }
        Objects.requireNonNull(cooldown, "cooldown");
        Objects.requireNonNull(sendInterval, "sendInterval");
        Objects.requireNonNull(saveInterval, "saveInterval");
        Objects.requireNonNull(tickInterval, "tickInterval");
        Objects.requireNonNull(digestInterval, "digestInterval");
        Objects.requireNonNull(settingsInterval, "settingsInterval");
        Objects.requireNonNull(defaultFrequency, "defaultFrequency");
        if (dailyCap < 1) {
            throw new IllegalArgumentException("daily cap must be at least 1");
        }
        if (outboxCapacity < 1) {
            throw new IllegalArgumentException("outbox capacity must be at least 1");
        }
    }
}
