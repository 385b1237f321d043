package dev.rapport.bot.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints reply scores per file and in total, as a table or as JSON; rates with 3 decimals. */
final class ReplyReportWriter {
    private static final String ROW = "%-22s %9s %6s %9s %7s %9s %6s %6s %7s %7s%n";
    private static final String GRAPH_ROW = "%-22s %6s %6s %7s %9s %6s %6s%n";

    /** What the corpus authors report for their feed-forward model on the same ten dev files (ACL 2019). */
    static final String AUTHORS_REFERENCE = "the corpus authors' feed-forward model on the ten dev files: "
            + "precision 0.742, recall 0.712, F 0.726 (Kummerfeld et al., ACL 2019)";

    /** Only the annotated-lines table (and every figure in JSON). */
    void write(List<ReplyFileScore> files, ReplyScore total, ReplyReportFormat format, PrintWriter out)
            throws java.io.IOException {
        write(files, total, format, false, out);
    }

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** @param graphEval also print the table scored as the authors' graph-eval.py, first */
    void write(List<ReplyFileScore> files, ReplyScore total, ReplyReportFormat format, boolean graphEval,
               PrintWriter out) throws java.io.IOException {
        if (format == ReplyReportFormat.JSON) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("files", files.stream().map(f -> row(f.file(), f.score())).toList());
            doc.put("total", row("total", total));
            out.println(json.writeValueAsString(doc));
        } else {
            if (graphEval) {
                writeGraphTable(files, total, out);
                out.println();
                out.println("Annotated lines only, links between two messages (self-links not counted):");
            }
            out.printf(Locale.ROOT, ROW, "file", "annotated", "gold", "predicted", "correct", "precision", "recall",
                    "f1", "addr-P", "addr-R");
            for (ReplyFileScore f : files) {
                out.print(line(f.file(), f.score()));
            }
            out.print(line("total", total));
            out.println("gold/predicted/correct count reply links between two messages; addr-P/addr-R: "
                    + "the predicted parent's author is the author of an annotated parent.");
        }
        out.flush();
    }

    private static void writeGraphTable(List<ReplyFileScore> files, ReplyScore total, PrintWriter out) {
        out.println("graph-eval, as the corpus authors' tools/evaluation/graph-eval.py: every link from the first "
                + "annotated line on, self-links (a message starting a conversation) included:");
        out.printf(Locale.ROOT, GRAPH_ROW, "file", "gold", "auto", "matched", "precision", "recall", "f");
        for (ReplyFileScore f : files) {
            out.print(graphLine(f.file(), f.score()));
        }
        out.print(graphLine("total", total));
        out.println("reference: " + AUTHORS_REFERENCE + ".");
    }

    private static String graphLine(String name, ReplyScore s) {
        return String.format(Locale.ROOT, GRAPH_ROW, name, s.graphGold(), s.graphPredicted(), s.graphMatched(),
                fixed(s.graphPrecision()), fixed(s.graphRecall()), fixed(s.graphF1()));
    }

    private static String line(String name, ReplyScore s) {
        return String.format(Locale.ROOT, ROW, name, s.annotatedMessages(), s.goldLinks(), s.predictedLinks(),
                s.correctLinks(), fixed(s.precision()), fixed(s.recall()), fixed(s.f1()),
                fixed(s.addresseePrecision()), fixed(s.addresseeRecall()));
    }

    private static Map<String, Object> row(String name, ReplyScore s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("file", name);
        row.put("annotatedMessages", s.annotatedMessages());
        row.put("goldLinks", s.goldLinks());
        row.put("predictedLinks", s.predictedLinks());
        row.put("correctLinks", s.correctLinks());
        row.put("precision", rounded(s.precision()));
        row.put("recall", rounded(s.recall()));
        row.put("f1", rounded(s.f1()));
        row.put("addresseePrecision", rounded(s.addresseePrecision()));
        row.put("addresseeRecall", rounded(s.addresseeRecall()));
        Map<String, Object> graph = new LinkedHashMap<>();
        graph.put("goldLinks", s.graphGold());
        graph.put("predictedLinks", s.graphPredicted());
        graph.put("matchedLinks", s.graphMatched());
        graph.put("precision", rounded(s.graphPrecision()));
        graph.put("recall", rounded(s.graphRecall()));
        graph.put("f1", rounded(s.graphF1()));
        row.put("graphEval", graph);
        return row;
    }

    private static String fixed(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static BigDecimal rounded(double v) {
        return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP);
    }
}
