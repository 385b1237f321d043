package dev.rapport.bot.run;

import dev.rapport.bot.discord.DiscordToken;

import java.util.Optional;

/**
 * The running bot's connection to its chat platform, whichever adapter makes it ({@code rapport.platform}): what
 * {@code rapport run}, readiness and the metrics ask of it.
 */
public interface PlatformConnection extends AutoCloseable {

    /** Connects, waits for readiness (bounded), registers the slash commands (retried in the background if refused). */
    void start(DiscordToken token) throws InterruptedException;

    /** Whether Discord sends the bot the text of guild messages (the Message Content intent is in use). */
    boolean readsMessageContent();

    /** Whether the slash commands are registered: until they are, nobody can opt in. */
    boolean commandsRegistered();

    /** Why the last registration attempt failed, while the commands are not registered. */
    Optional<String> registrationProblem();

    int shardsOwned();

    int shardsConnected();

    default boolean allShardsConnected() {
        int owned = shardsOwned();
        return owned > 0 && shardsConnected() == owned;
    }

    /** The average heartbeat round trip in milliseconds; -1 when unknown. */
    double gatewayLatencyMillis();

    /** Stops taking events and disconnects. */
    @Override
    void close();
}
