package dev.rapport.bot.discord;

import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;

import java.net.URI;
import java.util.Optional;

/** Where the bot connects: Discord itself, or (in tests) a Discord-compatible server on loopback. */
@FunctionalInterface
public interface GatewayTarget {

    /** Discord's own REST API and gateway, as JDA knows them. */
    GatewayTarget DISCORD = new GatewayTarget() {
        @Override
        public DefaultShardManagerBuilder pointAt(DefaultShardManagerBuilder builder) {
            return builder;
        }

        @Override
        public Optional<URI> restBase() {
            return Optional.of(URI.create("https://discord.com/api/"));
        }
    };

    DefaultShardManagerBuilder pointAt(DefaultShardManagerBuilder builder);

    /**
     * The REST address the bot logs in at, so that {@code rapport run} can say in one line that it cannot be
     * reached before JDA tries (and logs a stack trace per attempt). Empty: not checked beforehand.
     */
    default Optional<URI> restBase() {
        return Optional.empty();
    }
}
