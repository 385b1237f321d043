package dev.rapport.bot.config;

import com.typesafe.config.Config;
import dev.rapport.rules.config.CoachSettings;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The operator's configuration, typed and validated.
 *
 * @param zone            default time zone for people and replays
 * @param coach           rule and community settings for the engine
 * @param pseudonymSecret the secret for other people's pseudonyms, when configured
 * @param replayTopUsers  how many full reports a replay prints after its summary
 * @param raw             the merged configuration, for sections other features read themselves
 */
public record RapportConfig(ZoneId zone, CoachSettings coach, Optional<byte[]> pseudonymSecret, int replayTopUsers,
                            Config raw) {

    public Duration helpWindow() {
        return coach.helpWindow();
    }
}
