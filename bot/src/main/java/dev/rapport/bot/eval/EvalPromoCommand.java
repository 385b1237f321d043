package dev.rapport.bot.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.rapport.bot.importer.ImportException;
import dev.rapport.rules.promo.PromoDetector;
import dev.rapport.rules.promo.SelfPromotionDetector;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code rapport eval promo FILE...}: how well the self-promotion detector separates spam from legitimate
 * comments on labelled CSV files, per file and in total. A comment counts as flagged when the detector calls it
 * self-promotion or a sales pitch.
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
                "Made for the YouTube Spam Collection: " + EvalPromoCommand.CITATION},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:no file could be read",
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
                    if (o.name().equalsIgnoreCase(value)) return o;
                }
                throw new CommandLine.TypeConversionException("expected text or json, found '" + value + "'");
            }
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Labelled CSV files, e.g. ../shared/data/youtube-spam/*.csv")
    List<Path> files = new ArrayList<>();

    @Option(names = "--output", paramLabel = "text|json", converter = Output.Converter.class,
            description = "Print a table (text, the default) or JSON.")
    Output output = Output.TEXT;

    private int showErrors;

    @Option(names = "--show-errors", paramLabel = "N",
            description = "Also print up to N false positives and N false negatives (default 0).")
    void showErrors(int n) {
        if (n < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--show-errors must be 0 or more, found " + n);
        }
        this.showErrors = n;
    }

    private final LabelledCommentsReader reader = new LabelledCommentsReader();
    private final PromoEvaluation evaluation;

    /** Evaluates the detector the coach really uses (the composition root passes it in). */
    public EvalPromoCommand(PromoDetector detector) {
        this.evaluation = new PromoEvaluation(detector);
    }

    /** For tests and direct use: the shipped detector. */
    public EvalPromoCommand() {
        this(new SelfPromotionDetector());
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<PromoFileResult> results = new ArrayList<>();
        for (Path file : files) {
            try {
                results.add(evaluation.evaluate(file.toString(), reader.read(file)));
            } catch (ImportException e) {
                err.println("rapport eval promo: " + e.getMessage());
            }
        }
        if (results.isEmpty()) {
            err.println("rapport eval promo: no file could be read");
            err.flush();
            return NOTHING_READ;
        }
        if (output == Output.JSON) printJson(out, results);
        else printText(out, results);
        out.flush();
        err.flush();
        return OK;
    }

    private void printText(PrintWriter out, List<PromoFileResult> results) {
        out.println("Self-promotion detector on labelled comments (flagged = self-promotion or sales pitch)");
        String format = "%-" + nameWidth(results) + "s %9s %6s %6s %6s %6s %10s %7s %7s%n";
        out.printf(Locale.ROOT, format, "FILE", "MESSAGES", "TP", "FP", "TN", "FN", "PRECISION", "RECALL", "F1");
        for (PromoFileResult result : results) row(out, format, result.source(), result.confusion());
        row(out, format, "TOTAL", PromoEvaluation.total(results));
        if (showErrors > 0) {
            printErrors(out, "False positives (legitimate, flagged)", results, true);
            printErrors(out, "False negatives (spam, not flagged)", results, false);
        }
        out.println();
        out.println("Data: YouTube Spam Collection, " + CITATION);
    }

    private static int nameWidth(List<PromoFileResult> results) {
        int width = "TOTAL".length();
        for (PromoFileResult r : results) width = Math.max(width, r.source().length());
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
                if (errors.size() == showErrors) return errors;
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
        if (text.length() > 200) sb.append("...");
        return sb.toString();
    }

    private void printJson(PrintWriter out, List<PromoFileResult> results) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("prediction", "selfPromotion || salesPitch");
        root.put("dataset", "YouTube Spam Collection, " + CITATION);
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
