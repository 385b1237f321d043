package dev.rapport.bot.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.rapport.bot.cli.RapportCommand;
import dev.rapport.bot.config.BadConfigException;
import dev.rapport.bot.config.ConfigLoader;
import dev.rapport.bot.config.RapportConfig;
import dev.rapport.bot.importer.EventReader;
import dev.rapport.bot.importer.EventReaders;
import dev.rapport.bot.importer.ImportException;
import dev.rapport.bot.replay.DemoExport;
import dev.rapport.bot.replay.OfflineCoach;
import dev.rapport.bot.replay.ReplayResult;
import dev.rapport.rules.rule.RuleId;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code rapport eval tips EXPORT... --labels FILE}: replays exports the way {@code rapport replay} does and scores
 * the tips against hand-made verdicts, so that tip quality is measured rather than argued. Prints precision and
 * recall per rule and overall.
 */
@Command(name = "tips",
        mixinStandardHelpOptions = true,
        description = {
                "Replays exports and scores the coach's tips against hand-made labels: precision (tips a fair human coach "
                        + "would give, among all tips) and recall (tips given, among those that should be), per rule and overall.",
                "Labels are CSV: person,week,rule,verdict,note (verdict should or should-not; # starts a comment). "
                        + "A tip without a label counts as wrong."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:scored",
                "1:the exports or the labels could not be read",
                "2:usage error",
                "3:bad configuration"})
public final class EvalTipsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "EXPORT", arity = "0..*",
            description = "Export files or folders of them (as for rapport replay).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--labels", paramLabel = "FILE", required = true, description = "The labels (CSV: person,week,rule,verdict,note).")
    Path labelsFile;

    @Option(names = "--demo", description = "Score the bundled demo export (with its settings).")
    boolean demo;

    @Option(names = "--config", paramLabel = "FILE", description = "Operator configuration (HOCON) for the replay.")
    Path config;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone of the weeks (default: rapport.zone, UTC).")
    String zone;

    @Option(names = "--output", paramLabel = "text|json", description = "A table (text, the default) or JSON.")
    String output = "text";

    @Option(names = "--show-errors", description = "Also list every wrong, unlabelled and missed tip.")
    boolean showErrors;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final OfflineCoach coach;
    private final ConfigLoader configLoader;
    private final EventReaders readers;
    private final DemoExport demoExport;
    private final TipLabelsReader labelsReader = new TipLabelsReader();
    private final TipEvaluation evaluation = new TipEvaluation();

    public EvalTipsCommand(OfflineCoach coach, ConfigLoader configLoader, EventReaders readers, DemoExport demoExport) {
        this.coach = coach;
        this.configLoader = configLoader;
        this.readers = readers;
        this.demoExport = demoExport;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OfflineCoach.requireTextOrJson(spec, output);
        if (demo == !files.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give export files or --demo (one of them)");
        }
        RapportConfig cfg;
        try {
            cfg = configLoader.load(Optional.ofNullable(config), demo ? demoExport.settings() : "", "demo.conf");
        } catch (BadConfigException e) {
            err.println("rapport eval tips: bad configuration: " + e.getMessage());
            return RapportCommand.BAD_CONFIG;
        }
        ZoneId zoneId = OfflineCoach.zone(spec, cfg, zone);
        List<TipLabel> labels;
        try {
            labels = labelsReader.read(labelsFile);
        } catch (ImportException e) {
            err.println("rapport eval tips: " + e.getMessage());
            return RapportCommand.FAILED;
        }
        try (DemoExport.Copy copy = demo ? demoExport.copy() : null) {
            List<Path> inputs = copy != null ? copy.files() : files;
            ReplayResult replayed;
            // The same folder reading as replay's: subfolders, formats by content, skipped files named.
            try (EventReader reader = readers.openInputs(inputs, true, Optional.empty(),
                    lines -> lines.forEach(line -> err.println("rapport eval tips: " + line)))) {
                replayed = coach.replay(cfg, zoneId, coach.pseudonyms(cfg)).run(reader, EvalTipsCommand::noProgress);
            } catch (ImportException e) {
                err.println("rapport eval tips: " + e.getMessage());
                return RapportCommand.FAILED;
            }
            if (replayed.problem().isPresent()) {
                err.println("rapport eval tips: " + replayed.problem().get());
                return RapportCommand.FAILED;
            }
            TipEvaluation.Result result = evaluation.evaluate(replayed, labels);
            result.warnings().forEach(w -> err.println("rapport eval tips: " + labelsFile + ": " + w));
            if (output.equals("json")) {
                printJson(out, result);
            } else {
                printText(out, result);
            }
            out.flush();
            err.flush();
            return RapportCommand.OK;
        }
    }

    /** An evaluation prints its table only: no progress bar. */
    private static void noProgress(double share) {
        // nothing to show
    }

    private void printText(PrintWriter out, TipEvaluation.Result result) {
        out.println("Tips against hand-made labels (a tip without a label counts as wrong)");
        String format = "%-20s %5s %6s %6s %11s %7s %10s %7s%n";
        out.printf(Locale.ROOT, format, "RULE", "TIPS", "RIGHT", "WRONG", "UNLABELLED", "MISSED", "PRECISION", "RECALL");
        for (Map.Entry<RuleId, TipEvaluation.Score> e : result.byRule().entrySet()) {
            row(out, format, e.getKey().id(), e.getValue());
        }
        row(out, format, "ALL", result.total());
        if (!showErrors || result.errors().isEmpty()) {
            return;
        }
        out.println();
        List<TipEvaluation.Error> errors = new ArrayList<>(result.errors());
        errors.sort(Comparator.comparing(TipEvaluation.Error::kind).thenComparing(TipEvaluation.Error::person)
                .thenComparing(TipEvaluation.Error::week).thenComparing(TipEvaluation.Error::rule));
        for (TipEvaluation.Error e : errors) {
            out.println(e.kind() + ": " + e.person() + " " + e.week() + " " + e.rule().id()
                    + (e.detail().isEmpty() ? "" : ": " + e.detail()));
        }
    }

    private static void row(PrintWriter out, String format, String name, TipEvaluation.Score s) {
        out.printf(Locale.ROOT, format, name, s.tips(), s.right(), s.wrong(), s.unlabelled(), s.missed(),
                figure(s.precision()), figure(s.recall()));
    }

    private static String figure(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    private void printJson(PrintWriter out, TipEvaluation.Result result) throws JsonProcessingException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", "rapport-eval-tips");
        json.put("version", 1);
        Map<String, Object> rules = new LinkedHashMap<>();
        result.byRule().forEach((rule, s) -> rules.put(rule.id(), score(s)));
        json.put("rules", rules);
        json.put("total", score(result.total()));
        List<Map<String, Object>> errors = new ArrayList<>();
        for (TipEvaluation.Error e : result.errors()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", e.kind());
            m.put("person", e.person());
            m.put("week", e.week().toString());
            m.put("rule", e.rule().id());
            m.put("detail", e.detail());
            errors.add(m);
        }
        json.put("errors", errors);
        json.put("warnings", result.warnings());
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
    }

    private static Map<String, Object> score(TipEvaluation.Score s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tips", s.tips());
        m.put("right", s.right());
        m.put("wrong", s.wrong());
        m.put("unlabelled", s.unlabelled());
        m.put("missed", s.missed());
        m.put("precision", Double.isNaN(s.precision()) ? null : s.precision());
        m.put("recall", Double.isNaN(s.recall()) ? null : s.recall());
        return m;
    }
}
