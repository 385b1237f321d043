package dev.rapport.bot.discord;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the bot connects ({@code rapport.discord}). The token itself is never part of the settings: it comes from
 * the environment or the token file, so no configuration dump can show it.
 *
 * @param tokenFile    a file holding only the bot token, when {@code DISCORD_TOKEN} is not set
 * @param shards       the shards this process runs
 * @param readyTimeout how long to wait for the gateway to be ready at start
 */
public record DiscordSettings(Optional<Path> tokenFile, ShardRange shards, Duration readyTimeout) {
    public DiscordSettings {
        Objects.requireNonNull(tokenFile, "tokenFile");
        Objects.requireNonNull(shards, "shards");
        Objects.requireNonNull(readyTimeout, "readyTimeout");
    }
}
