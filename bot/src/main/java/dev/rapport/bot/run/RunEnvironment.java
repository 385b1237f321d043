package dev.rapport.bot.run;

import dev.rapport.bot.discord.GatewayTarget;
import dev.rapport.bot.javacord.JavacordTarget;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code rapport run} takes from outside the process: environment variables (the token), where Discord is,
 * how termination is signalled, and the clock. Production uses the real ones; tests point at a loopback server.
 */
public record RunEnvironment(Map<String, String> variables, GatewayTarget gateway, ShutdownSignal shutdown, Clock clock,
                             JavacordTarget javacord) {
    public RunEnvironment {
        variables = Map.copyOf(variables);
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(javacord, "javacord");
        Objects.requireNonNull(shutdown, "shutdown");
        Objects.requireNonNull(clock, "clock");
    }

    /** Javacord, when chosen, connects to Discord itself. */
    public RunEnvironment(Map<String, String> variables, GatewayTarget gateway, ShutdownSignal shutdown, Clock clock) {
        this(variables, gateway, shutdown, clock, JavacordTarget.DISCORD);
    }

    public static RunEnvironment production() {
        return new RunEnvironment(System.getenv(), GatewayTarget.DISCORD, ShutdownSignal.JVM, Clock.systemUTC());
    }
}
