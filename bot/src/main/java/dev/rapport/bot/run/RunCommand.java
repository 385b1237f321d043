package dev.rapport.bot.run;

import dev.rapport.bot.cli.RapportCommand;
import dev.rapport.bot.config.BadConfigException;
import dev.rapport.bot.config.ConfigLoader;
import dev.rapport.bot.config.RapportConfig;
import dev.rapport.bot.discord.DiscordToken;
import dev.rapport.bot.ops.LogFormat;
import dev.rapport.bot.ops.ManagementServer;
import dev.rapport.bot.ops.OpsSettings;
import dev.rapport.bot.ops.OpsSettingsReader;
import dev.rapport.bot.storage.Storage;
import dev.rapport.bot.storage.StorageException;
import dev.rapport.bot.storage.StorageFactory;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code rapport run}: the live Discord bot. Runs until the process is terminated, then stops taking events, saves
 * the coaching state and closes Discord and storage. The token is never printed.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the live Discord bot: members opt in with /coach start and get private tips.",
                "The bot token comes from the environment variable DISCORD_TOKEN or rapport.discord.token-file."})
public final class RunCommand implements Callable<Integer> {
    private final ConfigLoader configLoader;
    private final RunSettingsReader settingsReader;
    private final TokenSource tokens;
    private final StorageFactory storageFactory;
    private final BotAssembler assembler;
    private final RunEnvironment environment;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "The operator's configuration file (HOCON).")
    Path configFile;

    public RunCommand(ConfigLoader configLoader, RunSettingsReader settingsReader, TokenSource tokens,
                      StorageFactory storageFactory, BotAssembler assembler, RunEnvironment environment) {
        this.configLoader = configLoader;
        this.settingsReader = settingsReader;
        this.tokens = tokens;
        this.storageFactory = storageFactory;
        this.assembler = assembler;
        this.environment = environment;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RapportConfig config;
        RunSettings settings;
        try {
            config = configLoader.load(Optional.ofNullable(configFile));
            settings = settingsReader.read(config.raw());
            OpsSettings ops = new OpsSettingsReader().read(config.raw());
            // JSON logs from here on: what follows (storage, gateway, coach) is what log collectors want.
            if (ops.logFormat() == LogFormat.JSON) {
                LogFormat.JSON.apply((ch.qos.logback.classic.LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory());
            }
        } catch (BadConfigException e) {
            err.println("rapport run: " + e.getMessage());
            return RapportCommand.BAD_CONFIG;
        }
        DiscordToken token;
        try {
            token = tokens.find(environment.variables(), settings.discord());
        } catch (TokenSource.MissingToken e) {
            err.println("rapport run: " + e.getMessage());
            return RapportCommand.FAILED;
        }
        Storage storage;
        try {
            storage = storageFactory.open(config);
        } catch (BadConfigException e) {
            err.println("rapport run: " + e.getMessage());
            return RapportCommand.BAD_CONFIG;
        } catch (StorageException e) {
            err.println("rapport run: " + e.getMessage());
            return RapportCommand.FAILED;
        }
        CoachBot bot;
        try {
            bot = assembler.assemble(config, settings, storage);
        } catch (RuntimeException e) {
            storage.close();
            err.println("rapport run: " + e.getMessage());
            return RapportCommand.FAILED;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean closed = new AtomicBoolean();
        Runnable stop = () -> {
            if (closed.compareAndSet(false, true)) {
                try {
                    bot.close();
                } finally {
                    storage.close();
                    stopped.countDown();
                }
            }
        };
        // Registered before connecting, so a SIGTERM during login also closes storage cleanly.
        environment.shutdown().onShutdown(stop);
        Optional<String> unreachable = environment.gateway().restBase()
                .flatMap(new DiscordReachability(Duration.ofSeconds(10))::problem);
        if (unreachable.isPresent()) {
            stop.run();
            err.println("rapport run: could not reach Discord: " + unreachable.get() + ".");
            return RapportCommand.FAILED;
        }
        try {
            bot.start(token);
        } catch (ManagementServer.CannotListen e) {
            stop.run();
            err.println("rapport run: " + e.getMessage());
            return RapportCommand.FAILED;
        } catch (InvalidTokenException e) {
            stop.run();
            err.println("rapport run: Discord rejected the bot token. Check DISCORD_TOKEN or rapport.discord.token-file "
                    + "(copy it again from the developer portal: Bot > Reset Token).");
            return RapportCommand.FAILED;
        } catch (IllegalStateException | IllegalArgumentException e) {
            stop.run();
            err.println("rapport run: could not connect to Discord: " + e.getMessage());
            return RapportCommand.FAILED;
        } catch (RuntimeException e) {
            // The network failed during login (JDA wraps it): the log has JDA's trace, the user gets the reason.
            Optional<java.io.IOException> network = DiscordReachability.networkCause(e);
            if (network.isEmpty()) {
                stop.run();
                throw e;
            }
            stop.run();
            Throwable deeper = network.get().getCause();
            err.println("rapport run: could not reach Discord: " + network.get().getMessage()
                    + (deeper == null || deeper.getMessage() == null ? "" : " (" + deeper.getMessage() + ")") + ".");
            return RapportCommand.FAILED;
        }
        if (bot.discord().commandsRegistered()) {
            out.println("rapport: coaching on Discord; storage " + storage.describe() + ". Stop with Ctrl-C or SIGTERM.");
        } else {
            // Connected, but without the slash commands nobody can opt in: say so plainly instead of looking healthy.
            out.println("rapport: connected to Discord, but the slash commands are not registered yet ("
                    + bot.discord().registrationProblem().orElse("no answer yet") + "): nobody can opt in until they "
                    + "are. Retrying in the background; the log says when it succeeds. Storage " + storage.describe()
                    + ". Stop with Ctrl-C or SIGTERM.");
        }
        if (!bot.discord().readsMessageContent()) {
            out.println("rapport: running without Discord's Message Content intent: the rules that read what people "
                    + "write are quiet (see rapport.discord.message-content).");
        }
        stopped.await();
        out.println("rapport: stopped; coaching state saved.");
        return RapportCommand.OK;
    }
}
