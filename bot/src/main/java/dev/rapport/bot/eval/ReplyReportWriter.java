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

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    void write(List<ReplyFileScore> files, ReplyScore total, ReplyReportFormat format, PrintWriter out)
            throws java.io.IOException {
        if (format == ReplyReportFormat.JSON) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("files", files.stream().map(f -> row(f.file(), f.score())).toList());
            doc.put("total", row("total", total));
            out.println(json.writeValueAsString(doc));
        } else {
            out.printf(Locale.ROOT, ROW, "file", "annotated", "gold", "predicted", "correct", "precision", "recall",
                    "f1", "addr-P", "addr-R");
            for (ReplyFileScore f : files) out.print(line(f.file(), f.score()));
            out.print(line("total", total));
            out.println("gold/predicted/correct count reply links between two messages; addr-P/addr-R: "
                    + "the predicted parent's author is the author of an annotated parent.");
        }
        out.flush();
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
        return row;
    }

    private static String fixed(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static BigDecimal rounded(double v) {
        return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP);
    }
}
