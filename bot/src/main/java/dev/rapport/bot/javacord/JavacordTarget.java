package dev.rapport.bot.javacord;

import org.javacord.api.DiscordApiBuilder;

/**
 * Where the Javacord adapter connects. Javacord's REST host is fixed to Discord's, so a test server is reached through
 * the builder's proxy (and its gateway address); production leaves the builder as it is.
 */
@FunctionalInterface
public interface JavacordTarget {

    /** Discord itself. */
    JavacordTarget DISCORD = builder -> builder;

    DiscordApiBuilder pointAt(DiscordApiBuilder builder);
}
