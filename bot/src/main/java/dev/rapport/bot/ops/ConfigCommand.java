package dev.rapport.bot.ops;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rapport config}: tools for the operator's configuration. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Checks the configuration: rapport config check [--config FILE].",
        subcommands = {ConfigCheckCommand.class})
public final class ConfigCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
