package dev.rapport.bot.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.rapport.bot.importer.ImportException;
import dev.rapport.bot.importer.irc.IrcLogReader;
import dev.rapport.rules.promo.PromoDetector;
import dev.rapport.rules.promo.SelfPromotionDetector;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code rapport eval promo FILE...}: how well the self-promotion detector separates spam from legitimate
 * comments on labelled CSV files, per file and in total. A comment counts as flagged when the detector calls it
 * self-promotion or a sales pitch. {@code --folds} scores leave-one-file-out (made from the other files, scored on
 * the one held out) with the mean over files; {@code --ham-irc DIR} counts false alarms per 1,000 messages of
 * ordinary conversation (IRC logs of people helping each other, where nothing is promotion).
 *
 * <p>Made for the YouTube Spam Collection: T. C. Alberto, J. V. Lochter and T. A. Almeida, "TubeSpam: Comment
 * Spam Filtering on YouTube", ICMLA 2015 (UCI data set 380).
 */
@Command(name = "promo",
        mixinStandardHelpOptions = true,
        description = {
                "Scores the self-promotion detector on labelled comments (CSV with CONTENT and CLASS columns, "
                        + "CLASS 1 = spam, 0 = not spam): messages, TP, FP, TN, FN, precision, recall and F1, "
                        + "per file and in total.",
                "A comment counts as flagged when the detector finds self-promotion or a sales pitch.",
                "--folds: leave-one-file-out. For each file, the detector is made from the other files and scored "
                        + "on that one; prints each held-out file and the mean precision, recall and F1. The shipped "
                        + "detector's cues are fixed (nothing is trained), so each fold scores the same cues on a "
                        + "file, and the output says so.",
                "--ham-irc DIR: false alarms on ordinary conversation. Reads the IRC logs (NAME.raw.txt) in DIR "
                        + "as the bot reads them for coaching (bots left out) and counts messages flagged per 1,000: "
                        + "people helping each other, so every flag is a false alarm. FILE may then be omitted.",
                "Made for the YouTube Spam Collection: " + EvalPromoCommand.CITATION},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:no file or log could be read",
                "2:usage error: unknown option or bad value"})
public final class EvalPromoCommand implements Callable<Integer> {
    static final String CITATION = "T. C. Alberto, J. V. Lochter and T. A. Almeida, \"TubeSpam: Comment Spam "
            + "Filtering on YouTube\", ICMLA 2015 (UCI data set 380).";
    private static final int OK = 0;
    private static final int NOTHING_READ = 1;

    /** How the figures are printed. */
    enum Output {
        TEXT, JSON;

        static final class Converter implements CommandLine.ITypeConverter<Output> {
            @Override
            public Output convert(String value) {
                for (Output o : values()) {
                    if (o.name().equalsIgnoreCase(value)) {
                        return o;
                    }
                }
                throw new CommandLine.TypeConversionException("expected text or json, found '" + value + "'");
            }
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Labelled CSV files, e.g. ../shared/data/youtube-spam/*.csv")
    List<Path> files = new ArrayList<>();

    @Option(names = "--folds", description = "Leave-one-file-out over the FILEs (at least two): each file scored "
            + "by a detector made from the others; prints each held-out file and the mean.")
    boolean folds;

    @Option(names = "--ham-irc", paramLabel = "DIR", description = "IRC logs of ordinary conversation "
            + "(a directory of NAME.raw.txt, or such files), e.g. ../shared/data/ubuntu-irc/dev: messages flagged "
            + "per 1,000, all of them false alarms.")
    List<Path> hamLogs = new ArrayList<>();

    @Option(names = "--output", paramLabel = "text|json", converter = Output.Converter.class,
            description = "Print a table (text, the default) or JSON.")
    Output output = Output.TEXT;

    private int showErrors;

    @Option(names = "--show-errors", paramLabel = "N",
            description = "Also print up to N false positives and N false negatives (default 0), and up to N "
                    + "messages flagged in the --ham-irc logs.")
    void showErrors(int n) {
        if (n < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--show-errors must be 0 or more, found " + n);
        }
        this.showErrors = n;
    }

    private static final String RAW_SUFFIX = ".raw.txt";

    private final LabelledCommentsReader reader = new LabelledCommentsReader();
    private final PromoDetector detector;
    private final PromoEvaluation evaluation;
    private final PromoFolds.Trainer trainer;

    /** Evaluates the detector the coach really uses (the composition root passes it in). */
    public EvalPromoCommand(PromoDetector detector) {
        this.detector = detector;
        this.evaluation = new PromoEvaluation(detector);
        this.trainer = PromoFolds.Trainer.fixed(detector);
    }

    /** For tests and direct use: the shipped detector. */
    public EvalPromoCommand() {
        this(new SelfPromotionDetector());
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (files.isEmpty() && hamLogs.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Missing required parameter: FILE (labelled CSV files), or --ham-irc DIR");
        }
        if (folds && files.size() < 2) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--folds needs at least two FILEs (one is held out at a time), found " + files.size());
        }
        List<PromoFolds.LabelledFile> labelled = new ArrayList<>();
        for (Path file : files) {
            try {
                labelled.add(new PromoFolds.LabelledFile(file.toString(), reader.read(file)));
            } catch (ImportException e) {
                err.println("rapport eval promo: " + e.getMessage());
            }
        }
        List<PromoHamScan.Result> ham = scanHam(err);
        if (labelled.isEmpty() && ham.isEmpty()) {
            err.println("rapport eval promo: no file could be read");
            err.flush();
            return NOTHING_READ;
        }
        List<PromoFileResult> results = new ArrayList<>();
        PromoFolds.Result foldResult = null;
        if (folds && labelled.size() >= 2) {
            foldResult = new PromoFolds(trainer).run(labelled);
            results.addAll(foldResult.heldOut());
        } else {
            if (folds) {
                err.println("rapport eval promo: --folds needs two readable files; scoring per file instead");
            }
            for (PromoFolds.LabelledFile file : labelled) {
                results.add(evaluation.evaluate(file.source(), file.comments()));
            }
        }
        if (output == Output.JSON) {
            printJson(out, results, foldResult, ham);
        } else {
            printText(out, results, foldResult, ham);
        }
        out.flush();
        err.flush();
        return OK;
    }

    private List<PromoHamScan.Result> scanHam(PrintWriter err) {
        List<PromoHamScan.Result> results = new ArrayList<>();
        // People's messages as coaching reads them (bots' left out), and nothing after the last: the scan reads
        // messages only, so a RecordEnds would be passed over.
        PromoHamScan scan = new PromoHamScan(detector, log -> IrcLogReader.builder(log).keepingBots(false)
                .tellingWhereTheRecordEnds(false).build());
        for (Path input : hamLogs) {
            for (Path log : rawLogsIn(input, err)) {
                try {
                    results.add(scan.scan(log));
                } catch (ImportException | IOException e) {
                    err.println("rapport eval promo: " + log + ": cannot read it: " + e.getMessage());
                }
            }
        }
        return results;
    }

    /** The NAME.raw.txt logs in a directory (sorted), or the file itself. */
    private static List<Path> rawLogsIn(Path input, PrintWriter err) {
        if (Files.isRegularFile(input)) {
            return List.of(input);
        }
        if (!Files.isDirectory(input)) {
            err.println("rapport eval promo: " + input + ": no such file or directory");
            return List.of();
        }
        try (Stream<Path> listing = Files.list(input)) {
            List<Path> logs = listing.filter(p -> p.getFileName().toString().endsWith(RAW_SUFFIX)).sorted().toList();
            if (logs.isEmpty()) {
                err.println("rapport eval promo: " + input + ": no *" + RAW_SUFFIX + " logs in it");
            }
            return logs;
        } catch (IOException e) {
            err.println("rapport eval promo: " + input + ": cannot list it: " + e.getMessage());
            return List.of();
        }
    }

    private void printText(PrintWriter out, List<PromoFileResult> results, PromoFolds.Result foldResult,
                           List<PromoHamScan.Result> ham) {
        if (!results.isEmpty()) {
            printText(out, results, foldResult);
        }
        if (!ham.isEmpty()) {
            if (!results.isEmpty()) {
                out.println();
            }
            printHam(out, ham);
        }
    }

    private void printHam(PrintWriter out, List<PromoHamScan.Result> ham) {
        out.println("False alarms on ordinary conversation (every message is legitimate; flagged = false alarm)");
        int width = "TOTAL".length();
        for (PromoHamScan.Result r : ham) {
            width = Math.max(width, r.source().length());
        }
        String format = "%-" + width + "s %9s %8s %10s%n";
        out.printf(Locale.ROOT, format, "LOG", "MESSAGES", "FLAGGED", "PER 1,000");
        for (PromoHamScan.Result r : ham) {
            hamRow(out, format, r);
        }
        PromoHamScan.Result total = PromoHamScan.Result.total(ham);
        hamRow(out, format, total);
        if (showErrors > 0) {
            out.println();
            out.println("Flagged messages (false alarms), " + Math.min(showErrors, total.flagged()) + " of "
                    + total.flagged() + ":");
            for (PromoHamScan.Flag flag : total.flags().subList(0, (int) Math.min(showErrors, total.flagged()))) {
                out.println("  " + flag.id() + "  " + oneLine(flag.text()));
            }
        }
    }

    private static void hamRow(PrintWriter out, String format, PromoHamScan.Result r) {
        out.printf(Locale.ROOT, format, r.source(), r.messages(), r.flagged(),
                String.format(Locale.ROOT, "%.1f", r.perThousand()));
    }

    private void printText(PrintWriter out, List<PromoFileResult> results, PromoFolds.Result foldResult) {
        out.println("Self-promotion detector on labelled comments (flagged = self-promotion or sales pitch)");
        if (foldResult != null) {
            out.println("Leave-one-file-out: each FILE row is the file held out, scored by a detector made from the "
                    + "other files.");
            if (!trainer.learns()) {
                out.println("The detector's cues are fixed (no trainable part): nothing is tuned on the other files, "
                        + "so each fold scores the same cues on the held-out file.");
            }
        }
        String format = "%-" + nameWidth(results) + "s %9s %6s %6s %6s %6s %10s %7s %7s%n";
        out.printf(Locale.ROOT, format, "FILE", "MESSAGES", "TP", "FP", "TN", "FN", "PRECISION", "RECALL", "F1");
        for (PromoFileResult result : results) {
            row(out, format, result.source(), result.confusion());
        }
        row(out, format, "TOTAL", PromoEvaluation.total(results));
        if (foldResult != null) {
            out.printf(Locale.ROOT, "%-" + nameWidth(results) + "s %9s %6s %6s %6s %6s %10s %7s %7s%n", "MEAN OF FILES",
                    "", "", "", "", "", figure(foldResult.meanPrecision()), figure(foldResult.meanRecall()),
                    figure(foldResult.meanF1()));
        }
        if (showErrors > 0) {
            printErrors(out, "False positives (legitimate, flagged)", results, true);
            printErrors(out, "False negatives (spam, not flagged)", results, false);
        }
        out.println();
        out.println("Data: YouTube Spam Collection, " + CITATION);
    }

    private static int nameWidth(List<PromoFileResult> results) {
        int width = "MEAN OF FILES".length();
        for (PromoFileResult r : results) {
            width = Math.max(width, r.source().length());
        }
        return width;
    }

    private static void row(PrintWriter out, String format, String name, PromoConfusion c) {
        out.printf(Locale.ROOT, format, name, c.messages(), c.truePositives(), c.falsePositives(), c.trueNegatives(),
                c.falseNegatives(), figure(c.precision()), figure(c.recall()), figure(c.f1()));
    }

    private static String figure(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private void printErrors(PrintWriter out, String heading, List<PromoFileResult> results, boolean positives) {
        List<LabelledComment> errors = errors(results, positives);
        out.println();
        out.println(heading + ", " + errors.size() + " of " + count(results, positives) + ":");
        for (LabelledComment c : errors) {
            out.println("  " + c.source() + ":" + c.line() + "  " + oneLine(c.text()));
        }
    }

    private List<LabelledComment> errors(List<PromoFileResult> results, boolean positives) {
        List<LabelledComment> errors = new ArrayList<>();
        for (PromoFileResult result : results) {
            for (LabelledComment c : positives ? result.falsePositives() : result.falseNegatives()) {
                if (errors.size() == showErrors) {
                    return errors;
                }
                errors.add(c);
            }
        }
        return errors;
    }

    private static long count(List<PromoFileResult> results, boolean positives) {
        PromoConfusion total = PromoEvaluation.total(results);
        return positives ? total.falsePositives() : total.falseNegatives();
    }

    private static String oneLine(String text) {
        StringBuilder sb = new StringBuilder(Math.min(text.length(), 200));
        for (int i = 0; i < text.length() && sb.length() < 200; i++) {
            char c = text.charAt(i);
            sb.append(Character.isWhitespace(c) ? ' ' : c);
        }
        if (text.length() > 200) {
            sb.append("...");
        }
        return sb.toString();
    }

    private void printJson(PrintWriter out, List<PromoFileResult> results, PromoFolds.Result foldResult,
                           List<PromoHamScan.Result> ham) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("prediction", "selfPromotion || salesPitch");
        root.put("dataset", "YouTube Spam Collection, " + CITATION);
        if (foldResult != null) {
            Map<String, Object> mean = new LinkedHashMap<>();
            mean.put("scheme", "leave-one-file-out");
            mean.put("trained", trainer.learns());
            mean.put("precision", rounded(foldResult.meanPrecision()));
            mean.put("recall", rounded(foldResult.meanRecall()));
            mean.put("f1", rounded(foldResult.meanF1()));
            root.put("folds", mean);
        }
        if (!ham.isEmpty()) {
            root.put("ham", hamJson(ham));
        }
        List<Map<String, Object>> perFile = new ArrayList<>();
        for (PromoFileResult result : results) {
            Map<String, Object> file = figures(result.confusion());
            file.put("file", result.source());
            perFile.add(file);
        }
        root.put("files", perFile);
        root.put("total", figures(PromoEvaluation.total(results)));
        if (showErrors > 0) {
            root.put("falsePositives", jsonErrors(errors(results, true)));
            root.put("falseNegatives", jsonErrors(errors(results, false)));
        }
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    private Map<String, Object> hamJson(List<PromoHamScan.Result> ham) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> logs = new ArrayList<>();
        for (PromoHamScan.Result r : ham) {
            logs.add(hamFigures(r));
        }
        m.put("logs", logs);
        PromoHamScan.Result total = PromoHamScan.Result.total(ham);
        m.put("total", hamFigures(total));
        if (showErrors > 0) {
            List<Map<String, Object>> flagged = new ArrayList<>();
            for (PromoHamScan.Flag flag : total.flags().subList(0, (int) Math.min(showErrors, total.flagged()))) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("id", flag.id());
                f.put("text", flag.text());
                flagged.add(f);
            }
            m.put("flagged", flagged);
        }
        return m;
    }

    private static Map<String, Object> hamFigures(PromoHamScan.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("log", r.source());
        m.put("messages", r.messages());
        m.put("flagged", r.flagged());
        m.put("perThousand", Math.round(r.perThousand() * 10.0) / 10.0);
        return m;
    }

    private static Map<String, Object> figures(PromoConfusion c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("messages", c.messages());
        m.put("tp", c.truePositives());
        m.put("fp", c.falsePositives());
        m.put("tn", c.trueNegatives());
        m.put("fn", c.falseNegatives());
        m.put("precision", rounded(c.precision()));
        m.put("recall", rounded(c.recall()));
        m.put("f1", rounded(c.f1()));
        return m;
    }

    private static double rounded(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }

    private static List<Map<String, Object>> jsonErrors(List<LabelledComment> comments) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (LabelledComment c : comments) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", c.source());
            m.put("line", c.line());
            m.put("text", c.text());
            list.add(m);
        }
        return list;
    }
}
