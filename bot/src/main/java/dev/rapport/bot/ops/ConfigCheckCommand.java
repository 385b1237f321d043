package dev.rapport.bot.ops;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigRenderOptions;
import dev.rapport.bot.cli.RapportCommand;
import dev.rapport.bot.config.BadConfigException;
import dev.rapport.bot.config.ConfigLoader;
import dev.rapport.bot.config.RapportConfig;
import dev.rapport.bot.discord.DiscordSettings;
import dev.rapport.bot.run.RunSettingsReader;
import dev.rapport.bot.run.TokenSource;
import dev.rapport.bot.storage.config.StorageConfigReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code rapport config check}: reads the configuration as {@code rapport run} would (defaults, the operator's file,
 * environment variables), checks every section, and prints the effective configuration with every secret masked.
 * Every problem is listed, not just the first; the exit code is 3 when there is any.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks the configuration as rapport run reads it and prints the effective values, with every "
                + "password, secret and token masked.",
                "Exit code 0: no problem; 3: at least one (each is listed with its file, line and key)."})
public final class ConfigCheckCommand implements java.util.concurrent.Callable<Integer> {
    private final ConfigLoader loader;
    private final StorageConfigReader storage;
    private final Map<String, String> environment;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "The operator's configuration file (HOCON).")
    Path configFile;

    public ConfigCheckCommand(ConfigLoader loader, StorageConfigReader storage, Map<String, String> environment) {
        this.loader = loader;
        this.storage = storage;
        this.environment = Map.copyOf(environment);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RapportConfig config;
        try {
            config = loader.load(Optional.ofNullable(configFile));
        } catch (BadConfigException e) {
            err.println("rapport config check: " + e.getMessage());
            return RapportCommand.BAD_CONFIG;
        }
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Config raw = config.raw();
        check(problems, () -> storage.read(raw));
        OpsSettingsReader ops = new OpsSettingsReader();
        check(problems, () -> ops.management(raw));
        check(problems, () -> ops.logFormat(raw));
        check(problems, () -> notes.add("platform: " + new RunSettingsReader().platform(raw).name().toLowerCase()
                + (new RunSettingsReader().platform(raw) == dev.rapport.bot.run.ChatAdapter.JAVACORD
                ? " (Javacord has ceased development; JDA is recommended)" : "")));
        check(problems, () -> {
            DiscordSettings discord = new RunSettingsReader().read(raw).discord();
            token(discord, problems, notes);
        });

        out.println("# Effective configuration" + (configFile == null ? " (defaults and environment)" : " of " + configFile)
                + "; secrets masked.");
        Config shown = new SecretMask().mask(raw.withOnlyPath("rapport"));
        out.println(shown.root().render(ConfigRenderOptions.defaults().setOriginComments(false).setComments(false)
                .setJson(false).setFormatted(true)));
        notes.forEach(n -> out.println("note: " + n));
        problems.forEach(p -> err.println("rapport config check: " + p));
        if (!problems.isEmpty()) {
            err.println("rapport config check: " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
            return RapportCommand.BAD_CONFIG;
        }
        out.println("configuration OK");
        return RapportCommand.OK;
    }

    private void token(DiscordSettings discord, List<String> problems, List<String> notes) {
        String fromEnv = environment.get(TokenSource.VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            notes.add("Discord token: from " + TokenSource.VARIABLE + " (hidden)");
            return;
        }
        if (discord.tokenFile().isEmpty()) {
            notes.add("Discord token: none (rapport run needs " + TokenSource.VARIABLE + " or rapport.discord.token-file;"
                    + " replay, rules and data do not)");
            return;
        }
        try {
            new TokenSource().find(environment, discord);
            notes.add("Discord token: from " + discord.tokenFile().get() + " (hidden)");
        } catch (TokenSource.MissingToken e) {
            problems.add(e.getMessage());
        }
    }

    private static void check(List<String> problems, Runnable read) {
        try {
            read.run();
        } catch (BadConfigException e) {
            problems.add(e.getMessage());
        }
    }
}
