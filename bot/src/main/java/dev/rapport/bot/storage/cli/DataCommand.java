package dev.rapport.bot.storage.cli;

import dev.rapport.bot.cli.TerminalText;
import dev.rapport.bot.config.BadConfigException;
import dev.rapport.bot.config.ConfigLoader;
import dev.rapport.bot.config.RapportConfig;
import dev.rapport.bot.storage.Storage;
import dev.rapport.bot.storage.StorageException;
import dev.rapport.bot.storage.StorageFactory;
import dev.rapport.bot.storage.privacy.ForgetReport;
import dev.rapport.rules.model.UserId;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code rapport data export|forget --user ID}: a person's right to see, and to erase, everything Rapport keeps
 * about them. Exit codes: 0 done, 1 storage failed, 2 usage error, 3 bad configuration.
 */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = "See or erase everything Rapport keeps about one person.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the storage failed", "2:usage error", "3:bad configuration"})
public final class DataCommand implements Runnable {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int BAD_CONFIG = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
            description = "Operator configuration (HOCON), e.g. config/rapport.conf.")
    Path config;

    private final ConfigLoader configLoader;
    private final StorageFactory storageFactory;

    public DataCommand(ConfigLoader configLoader, StorageFactory storageFactory) {
        this.configLoader = configLoader;
        this.storageFactory = storageFactory;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write everything kept about a person as JSON (to standard output, or --output FILE).")
    int export(@Option(names = "--user", required = true, paramLabel = "ID", description = "The person's id.") String user,
               @Option(names = "--output", paramLabel = "FILE", description = "Write the JSON here.") Path output) {
        if (user.isBlank()) {
            return usage("--user needs an id, not an empty text");
        }
        return withStorage(storage -> {
            String json = storage.personalData().export(UserId.of(user));
            boolean nothing = PersonalExport.isEmpty(json);
            if (nothing) {
                err().println("rapport: nothing is kept about " + TerminalText.safe(user) + " (no opt-in, weekly numbers,"
                        + " coaching state, tips or digests under that id; ids are the platform's user ids)");
            }
            if (output == null) {
                out().println(json);
                return OK;
            }
            try {
                PersonalExport.writeOwnerOnly(output, json + System.lineSeparator());
            } catch (IOException e) {
                err().println("rapport: cannot write " + output.toAbsolutePath() + " (" + e.getClass().getSimpleName() + ")");
                return FAILED;
            }
            out().println("Wrote " + (nothing ? "the (empty) export" : "everything kept") + " about "
                    + TerminalText.safe(user) + " to " + output.toAbsolutePath() + " (readable by you alone)");
            return OK;
        });
    }

    @Command(name = "forget", mixinStandardHelpOptions = true,
            description = "Delete everything kept about a person, including their pseudonym in others' state.")
    int forget(@Option(names = "--user", required = true, paramLabel = "ID", description = "The person's id.") String user,
               @Option(names = "--yes", description = "Confirm: this cannot be undone.") boolean yes) {
        if (user.isBlank()) {
            return usage("--user needs an id, not an empty text");
        }
        String shown = TerminalText.safe(user);
        if (!yes) {
            err().println("rapport: forgetting " + shown + " cannot be undone; add --yes to confirm");
            return USAGE;
        }
        return withStorage(storage -> {
            ForgetReport report = storage.personalData().forget(UserId.of(user));
            if (report.total() == 0) {
                out().println("Nothing was kept about " + shown + ".");
            } else {
                out().println("Forgot " + shown + ": deleted " + PersonalExport.rows(report.deletedRows())
                        + "; removed their pseudonym from " + PersonalExport.rows(report.scrubbedRows()) + ".");
            }
            return OK;
        });
    }

    private int withStorage(Function<Storage, Integer> work) {
        RapportConfig cfg;
        try {
            cfg = configLoader.load(Optional.ofNullable(config));
        } catch (BadConfigException e) {
            err().println("rapport: bad configuration: " + e.getMessage());
            return BAD_CONFIG;
        }
        try (Storage storage = storageFactory.openExisting(cfg)) {
            return work.apply(storage);
        } catch (BadConfigException e) {
            err().println("rapport: bad configuration: " + e.getMessage());
            return BAD_CONFIG;
        } catch (StorageException | IllegalArgumentException e) {
            err().println("rapport: " + e.getMessage());
            return FAILED;
        }
    }

    private int usage(String problem) {
        err().println("rapport data: " + problem);
        return USAGE;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
