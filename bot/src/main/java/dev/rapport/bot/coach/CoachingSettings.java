package dev.rapport.bot.coach;

import dev.rapport.bot.storage.optin.TipFrequency;

import java.time.Duration;
import java.util.Objects;

/**
 * How the live coach delivers tips ({@code rapport.coaching}).
 *
 * @param cooldown         after a tip about a rule, no other tip about the same rule for this long
 * @param dailyCap         tips per person and day (in their zone) at most
 * @param outboxCapacity   private messages waiting to be sent at most; beyond, the oldest real-time tip is dropped
 * @param sendInterval     pause between two sends, so bursts are spread out under the platform's rate limits
 * @param saveInterval     how often changed engine state is saved
 * @param tickInterval     how often the engine's clock moves without events (overdue answers, week ends)
 * @param digestInterval   how often the weekly digest routine looks for digests due
 * @param settingsInterval how often community settings changed by another process are looked for
 * @param defaultFrequency the tip frequency of a fresh opt-in
 */
public record CoachingSettings(Duration cooldown, int dailyCap, int outboxCapacity, Duration sendInterval,
                               Duration saveInterval, Duration tickInterval, Duration digestInterval,
                               Duration settingsInterval, TipFrequency defaultFrequency) {
    public CoachingSettings {
        Objects.requireNonNull(cooldown, "cooldown");
        Objects.requireNonNull(sendInterval, "sendInterval");
        Objects.requireNonNull(saveInterval, "saveInterval");
        Objects.requireNonNull(tickInterval, "tickInterval");
        Objects.requireNonNull(digestInterval, "digestInterval");
        Objects.requireNonNull(settingsInterval, "settingsInterval");
        Objects.requireNonNull(defaultFrequency, "defaultFrequency");
        if (dailyCap < 1) throw new IllegalArgumentException("daily cap must be at least 1");
        if (outboxCapacity < 1) throw new IllegalArgumentException("outbox capacity must be at least 1");
    }
}
