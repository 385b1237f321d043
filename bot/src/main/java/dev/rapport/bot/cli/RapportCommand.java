package dev.rapport.bot.cli;

import dev.rapport.bot.Features;
import dev.rapport.bot.catalogue.RulesCommand;
import dev.rapport.bot.eval.EvalCommand;
import dev.rapport.bot.ops.ConfigCommand;
import dev.rapport.bot.replay.ReplayCommand;
import dev.rapport.bot.run.RunCommand;
import dev.rapport.bot.storage.cli.DataCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.io.PrintWriter;

/**
 * The {@code rapport} command line. Exit codes: 0 success, 1 nothing could be analysed or the work failed,
 * 2 usage error (unknown option, bad value), 3 bad configuration.
 */
@Command(name = "rapport",
        mixinStandardHelpOptions = true,
        versionProvider = RapportCommand.Version.class,
        description = "Rapport coaches people on how they network in chat communities: kind, private, opt-in.",
        subcommands = {ReplayCommand.class, RunCommand.class, RulesCommand.class, EvalCommand.class, DataCommand.class,
                ConfigCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:nothing could be analysed, or the work failed",
                "2:usage error: unknown option or bad value",
                "3:bad configuration"})
public final class RapportCommand implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(RapportCommand.class);

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int BAD_CONFIG = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line with the given streams; never throws, returns the exit code. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        return execute(args, out, err, new Features());
    }

    /** Runs the command line with the given streams and composition root; never throws, returns the exit code. */
    public static int execute(String[] args, PrintStream out, PrintStream err, CommandLine.IFactory features) {
        try {
            return run(args, out, err, features);
        } catch (OutOfMemoryError e) {
            // Unwinding the stack freed the replay's memory, so there is room for one line of advice.
            err.println("rapport: out of memory (" + describe(e) + "). Give Java more with -Xmx, e.g. "
                    + "java -Xmx2g -jar rapport.jar ..., or replay fewer files at a time.");
            err.flush();
            return FAILED;
        }
    }

    private static int run(String[] args, PrintStream out, PrintStream err, CommandLine.IFactory features) {
        CommandLine cli = new CommandLine(new RapportCommand(), features);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof CommandLine.ParameterException pe) {
                // A usage error found while running (e.g. a bad --zone): same treatment as one found while parsing.
                pe.getCommandLine().getErr().println(pe.getMessage());
                pe.getCommandLine().getErr().println("Try '" + pe.getCommandLine().getCommandSpec().qualifiedName()
                        + " --help' for more information.");
                return USAGE;
            }
            // The last line of defence: a failure nobody foresaw is a bug. The user reads one line of what went
            // wrong; the log (stderr, or the operator's appender) gets the stack trace once, so it can be reported
            // and fixed rather than guessed at.
            commandLine.getErr().println("rapport: " + describe(e));
            commandLine.getErr().flush();
            LOG.error("{} failed unexpectedly; please report this with the stack trace",
                    commandLine.getCommandSpec().qualifiedName(), e);
            return FAILED;
        });
        return cli.execute(args);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** The version Maven built, from a resource it filled in (so it is right in the jar and in tests alike). */
    static final class Version implements CommandLine.IVersionProvider {
        static final String RESOURCE = "/dev/rapport/bot/version.properties";

        @Override
        public String[] getVersion() {
            return new String[]{"rapport " + version()};
        }

        static String version() {
            try (java.io.InputStream in = RapportCommand.class.getResourceAsStream(RESOURCE)) {
                if (in != null) {
                    java.util.Properties p = new java.util.Properties();
                    p.load(in);
                    String v = p.getProperty("version", "");
                    if (!v.isBlank() && !v.startsWith("${")) {
                        return v;
                    }
                }
            } catch (java.io.IOException e) {
                // Fall through to the manifest, then to saying it is unknown.
            }
            String v = RapportCommand.class.getPackage().getImplementationVersion();
            return v == null ? "(version unknown: built without Maven)" : v;
        }
    }
}
