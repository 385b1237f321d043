package dev.rapport.bot.discord;

import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;

/** Where the bot connects: Discord itself, or (in tests) a Discord-compatible server on loopback. */
@FunctionalInterface
public interface GatewayTarget {

    /** Discord's own REST API and gateway, as JDA knows them. */
    GatewayTarget DISCORD = builder -> builder;

    DefaultShardManagerBuilder pointAt(DefaultShardManagerBuilder builder);
}
