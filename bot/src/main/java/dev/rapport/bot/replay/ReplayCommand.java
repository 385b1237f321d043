package dev.rapport.bot.replay;

import dev.rapport.bot.cli.RapportCommand;
import dev.rapport.bot.config.BadConfigException;
import dev.rapport.bot.config.ConfigLoader;
import dev.rapport.bot.config.RapportConfig;
import dev.rapport.bot.digest.ReplayDigests;
import dev.rapport.bot.importer.EventReader;
import dev.rapport.bot.importer.EventReaders;
import dev.rapport.bot.importer.ExportFormat;
import dev.rapport.bot.importer.Plural;
import dev.rapport.bot.cli.TerminalText;
import dev.rapport.bot.cli.Terminals;
import dev.rapport.rules.stats.WeeklyReport;
import dev.rapport.bot.importer.ImportException;
import dev.rapport.bot.storage.Storage;
import dev.rapport.bot.storage.stats.WeeklyStatsStore;
import dev.rapport.bot.storage.StorageException;
import dev.rapport.bot.storage.StorageFactory;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeeklyStats;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

/** {@code rapport replay}: coaching reports from chat exports, offline, with no token and no server. */
@Command(name = "replay",
        mixinStandardHelpOptions = true,
        description = {
                "Analyses chat exports and prints each person's weekly coaching report.",
                "Reads DiscordChatExporter JSON, IRC logs ([HH:MM] <nick> text, date in the file name) and Rapport's "
                        + "JSON Lines events; the format is detected unless --format is given.",
                "Without --user: a ranked summary of everyone, then the full reports of the top people."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the inputs were analysed",
                "1:nothing could be analysed, or an input broke part-way (what was read is still reported)",
                "2:usage error",
                "3:bad configuration"})
public final class ReplayCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Export files, or folders of them and their subfolders (a guild export is many channel files: give the folder).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--demo", description = "Analyse the bundled demo export of a small business community.")
    boolean demo;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "Force the input format: discord, irc or jsonl (default: detected per file).")
    ExportFormat format;

    @Option(names = "--user", paramLabel = "ID", description = "Coach one person: their id, display name or user name (any case; names where the export has them).")
    String user;

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json (stable, documented in the README).")
    String output;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone for weeks, e.g. Europe/Berlin (default: rapport.zone, UTC).")
    String zone;

    @Option(names = "--config", paramLabel = "FILE", description = "Operator configuration (HOCON), e.g. config/rapport.conf.")
    Path config;

    @Option(names = "--top", paramLabel = "N", description = "Full reports after the summary (default: rapport.replay.top-users).")
    Integer top;

    @Option(names = "--no-progress", description = "Never draw the progress bar (drawn on stderr when it is a terminal).")
    boolean noProgress;

    @Option(names = "--no-recurse", description = "Read only the files directly in a folder, not its subfolders.")
    boolean noRecurse;

    @Option(names = "--store", description = {
            "Keep the replayed weeks in the configured storage (rapport.storage: SQLite in data/ by default), so that "
                    + "a later replay of the next export compares with them. Replaying the same export again changes nothing."})
    boolean store;

    @Option(names = "--digest", paramLabel = "DIR", description = {
            "Write each person's digest of the export's last week (Markdown, HTML and a PNG chart of their networking "
                    + "score) and an index.html into DIR, instead of the report; --user limits it to one person."})
    Path digest;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final OfflineCoach coach;
    private final ConfigLoader configLoader;
    private final EventReaders readers;
    private final DemoExport demoExport;
    private final StorageFactory storageFactory;
    private final ReplayDigests digests;

    public ReplayCommand(OfflineCoach coach, ConfigLoader configLoader, EventReaders readers, DemoExport demoExport,
                         StorageFactory storageFactory, ReplayDigests digests) {
        this.coach = coach;
        this.configLoader = configLoader;
        this.readers = readers;
        this.demoExport = demoExport;
        this.storageFactory = storageFactory;
        this.digests = digests;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OfflineCoach.requireTextOrJson(spec, output);
        if (demo && !files.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either --demo or files, not both");
        }
        if (!demo && files.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "nothing to replay: give one or more export files, or --demo");
        }
        if (user != null && user.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--user': give an id or a name, not an empty text");
        }
        if (top != null && top < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--top': must be 0 or more");
        }
        RapportConfig cfg;
        try {
            cfg = configLoader.load(Optional.ofNullable(config), demo ? demoExport.settings() : "", "demo.conf");
        } catch (BadConfigException e) {
            err.println("rapport: bad configuration: " + e.getMessage());
            return RapportCommand.BAD_CONFIG;
        }
        ZoneId zoneId = OfflineCoach.zone(spec, cfg, zone);
        try (DemoExport.Copy copy = demo ? demoExport.copy() : null) {
            List<Path> inputs = copy != null ? copy.files() : files;
            UnaryOperator<String> label = source -> copy == null ? source : source.replace(copy.dir().toString(), "demo");
            if (!store) {
                return replay(inputs, cfg, zoneId, out, err, label, Optional.empty(), coach.pseudonyms(cfg));
            }
            // Storage first: a wrong database fails in a second, not after a long replay.
            try (Storage storage = storageFactory.open(cfg)) {
                return replay(inputs, cfg, zoneId, out, err, label, Optional.of(storage), storage.pseudonyms());
            } catch (BadConfigException e) {
                err.println("rapport: bad configuration: " + e.getMessage());
                return RapportCommand.BAD_CONFIG;
            } catch (StorageException e) {
                err.println("rapport: " + e.getMessage());
                return RapportCommand.FAILED;
            }
        }
    }

    private int replay(List<Path> inputs, RapportConfig cfg, ZoneId zoneId, PrintWriter out, PrintWriter err,
                       UnaryOperator<String> label, Optional<Storage> storage, Pseudonyms pseudonyms) {
        EventReader reader;
        try {
            reader = readers.openInputs(inputs, !noRecurse, Optional.ofNullable(format), lines -> {
                err.println("rapport: " + TerminalText.safe(lines.get(0)));
                for (String line : lines.subList(1, lines.size())) {
                    err.println(TerminalText.safe(line));
                }
            });
        } catch (ImportException e) {
            err.println("rapport: " + TerminalText.safe(e.getMessage()));
            return RapportCommand.FAILED;
        }
        // Offline, everyone in the export is coached: --user only chooses whose report to print, so that it can
        // name a person by id or by display name (known only once the export is read).
        ProgressBar bar = ProgressBar.forTerminal(err, !noProgress && Terminals.stderrIsTerminal());
        ReplayResult replayed = coach.replay(cfg, zoneId, pseudonyms).run(reader, bar::show).relabelInputs(label);
        bar.done();
        replayed.problem().ifPresent(p -> err.println("rapport: " + TerminalText.safe(p)));

        if (replayed.messages() == 0) {
            for (var in : replayed.inputs()) {
                for (String w : in.warnings()) {
                    err.println("rapport: " + TerminalText.safe(in.source() + ": " + w));
                }
            }
            err.println("rapport: nothing to analyse: the input" + (inputs.size() == 1 ? " has" : "s have")
                    + " no messages written by people");
            return RapportCommand.FAILED;
        }
        Optional<UserId> chosen = Optional.empty();
        if (user != null) {
            List<UserId> matching = replayed.matches(user);
            if (matching.size() > 1) {
                err.println("rapport: '" + TerminalText.safe(user) + "' could be " + matching.size() + " people: "
                        + String.join(", ", matching.stream().limit(10).map(replayed::label).map(TerminalText::safe).toList())
                        + "; give the id");
                return RapportCommand.FAILED;
            }
            chosen = replayed.find(user);
            if (chosen.isEmpty()) {
                err.println(noSuchPerson(replayed));
                return RapportCommand.FAILED;
            }
        }
        ReplayResult result = storage.isPresent() ? stored(replayed, storage.get(), err) : replayed;
        List<UserId> users = chosen.map(List::of).orElseGet(() -> chooseUsers(result, cfg));
        if (digest != null) {
            return writeDigests(result, chosen.map(List::of).orElse(List.of()), out, err);
        }
        if (output.equals("json")) {
            new JsonReportWriter(out).write(result, users);
        } else {
            new TextReportWriter(out).write(result, users);
        }
        return result.problem().isPresent() ? RapportCommand.FAILED : RapportCommand.OK;
    }

    /** Says that nobody by that name wrote, and whom the user may have meant. */
    private String noSuchPerson(ReplayResult result) {
        List<UserId> near = result.nearest(user, 3);
        String people = String.join(", ", (near.isEmpty() ? result.mostActive(5) : near).stream()
                .map(result::label).map(TerminalText::safe).toList());
        return "rapport: no messages by '" + TerminalText.safe(user) + "' in the input (ids, names and user names are"
                + " matched ignoring case); " + (near.isEmpty() ? "people with the most messages: " : "did you mean: ")
                + people;
    }

    private int writeDigests(ReplayResult result, List<UserId> users, PrintWriter out, PrintWriter err) {
        try {
            digests.write(result, users, digest, out);
        } catch (IOException e) {
            err.println("rapport: cannot write the digests to " + digest + ": " + e.getMessage());
            return RapportCommand.FAILED;
        }
        return result.problem().isPresent() ? RapportCommand.FAILED : RapportCommand.OK;
    }

    /**
     * Saves the weeks the report shows (people with messages, not bots, under the ids the report names them by),
     * replacing the same weeks of an earlier run, and reads the weeks before them.
     */
    private static ReplayResult stored(ReplayResult result, Storage storage, PrintWriter err) {
        Map<UserId, Map<IsoWeek, WeeklyStats>> earlier = new HashMap<>();
        int weeks = 0;
        int people = 0;
        for (ReplayResult.Ranked person : result.ranking()) {
            UserId user = person.user();
            List<WeeklyReport> shown = result.shownWeeks(user);
            if (shown.isEmpty()) {
                continue;
            }
            IsoWeek before = shown.get(0).week().previous();
            storage.weeklyStats().find(user, WeeklyStatsStore.ALL, before).ifPresent(s -> earlier.put(user, Map.of(before, s)));
            for (WeeklyReport week : shown) {
                storage.weeklyStats().save(user, WeeklyStatsStore.ALL, week.week(), week.stats());
                weeks++;
            }
            people++;
        }
        err.println("rapport: stored " + Plural.of(weeks, "week") + " of " + (people == 1 ? "1 person" : people + " people")
                + " in " + storage.describe());
        return result.withEarlierWeeks(earlier);
    }

    private List<UserId> chooseUsers(ReplayResult result, RapportConfig cfg) {
        int n = top != null ? top : cfg.replayTopUsers();
        List<UserId> users = new ArrayList<>();
        if (output.equals("json")) {
            for (ReplayResult.Ranked r : result.ranking()) {
                users.add(r.user());
            }
            return users;
        }
        for (ReplayResult.Ranked r : result.ranking()) {
            if (users.size() == n) {
                break;
            }
            users.add(r.user());
        }
        return users;
    }

    /** Converts --format values, listing the allowed ones on error. */
    static final class FormatConverter implements CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.fromCliName(value.toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
