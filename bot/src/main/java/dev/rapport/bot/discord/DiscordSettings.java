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
 * @param messageContent whether to ask for the privileged Message Content intent
 * @param adminRole    a role (id or name) whose members may use /coachadmin besides those with Manage Server
 */
public record DiscordSettings(Optional<Path> tokenFile, ShardRange shards, Duration readyTimeout,
                              MessageContentMode messageContent, Optional<String> adminRole) {
    public DiscordSettings {
        Objects.requireNonNull(tokenFile, "tokenFile");
        Objects.requireNonNull(shards, "shards");
        Objects.requireNonNull(readyTimeout, "readyTimeout");
        Objects.requireNonNull(messageContent, "messageContent");
        Objects.requireNonNull(adminRole, "adminRole");
    }

    /** The defaults for what is not given: Message Content asked for (auto), Manage Server alone for admins. */
    public DiscordSettings(Optional<Path> tokenFile, ShardRange shards, Duration readyTimeout) {
        this(tokenFile, shards, readyTimeout, MessageContentMode.AUTO, Optional.empty());
    }
}
