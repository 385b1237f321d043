package dev.rapport.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints issue 12's table from one run: JMH's JSON results ({@code -rf json}) and {@link RetainedHeap}'s line.
 * Every figure stands beside a reference measured in the same run, so that the ratio means something on a shared,
 * noisy machine. {@code java -cp bench/target/benchmarks.jar dev.rapport.bench.BenchTable HEAP.json JMH.json...}
 * (a missing or empty heap file leaves that row out).
 */
public final class BenchTable {
    private final List<String[]> rows = new ArrayList<>();

    private BenchTable() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: BenchTable RETAINED-HEAP.json JMH-RESULTS.json...");
            System.exit(2);
        }
        ObjectMapper json = new ObjectMapper();
        Path heapFile = Path.of(args[0]);
        JsonNode heap = Files.isRegularFile(heapFile) && Files.size(heapFile) > 0 ? json.readTree(heapFile.toFile()) : null;
        com.fasterxml.jackson.databind.node.ArrayNode results = json.createArrayNode();
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                continue;
            }
            json.readTree(file.toFile()).forEach(results::add);
        }
        BenchTable table = new BenchTable();
        table.scale(results);
        table.replay(results);
        table.jda(results);
        table.heap(heap);
        table.storedDigests(results);
        table.promo(results);
        table.print();
    }

    private void scale(JsonNode results) {
        JsonNode reference = find(results, "ScaleBenchmark.coachedMessage", "300", "10000");
        for (JsonNode r : results) {
            if (!r.path("benchmark").asText().endsWith("ScaleBenchmark.coachedMessage")) {
                continue;
            }
            String people = r.path("params").path("people").asText();
            String history = r.path("params").path("history").asText();
            double ns = score(r);
            String ref = reference == null ? "-" : micros(score(reference)) + " (300 people, after 10k)";
            String ratio = reference == null ? "-" : ratio(ns / score(reference));
            rows.add(new String[]{"1 per coached message, " + people + " people, after " + history + " messages",
                    micros(ns), ref, ratio, "<= 1.5x"});
        }
    }

    private void replay(JsonNode results) {
        JsonNode replay = find(results, "ReplayBenchmark.replay", null, null);
        JsonNode parser = find(results, "ReplayBenchmark.jacksonStreamingPass", null, null);
        if (replay == null || parser == null) {
            return;
        }
        long messages = replay.path("params").path("messages").asLong();
        double replayRate = messages / (score(replay) / 1000.0);
        double parserRate = messages / (score(parser) / 1000.0);
        rows.add(new String[]{"2 rapport replay, " + messages + "-message export",
                String.format(Locale.ROOT, "%,.0f msg/s (%.1f s)", replayRate, score(replay) / 1000.0),
                String.format(Locale.ROOT, "%,.0f msg/s (%.1f s, bare Jackson pass)", parserRate, score(parser) / 1000.0),
                String.format(Locale.ROOT, "%.0f%%", 100 * replayRate / parserRate), ">= 25% (goal 50%)"});
    }

    private void jda(JsonNode results) {
        JsonNode bare = findWith(results, "JdaOverheadBenchmark.receive", "client", "jda");
        JsonNode coached = findWith(results, "JdaOverheadBenchmark.receive", "client", "coached");
        if (bare == null || coached == null) {
            return;
        }
        rows.add(new String[]{"3 MESSAGE_CREATE through a real JDA client, Rapport's listener and coach attached",
                eventsPerSecond(score(coached)), eventsPerSecond(score(bare)) + " (JDA alone)",
                String.format(Locale.ROOT, "+%.0f%%", 100 * (score(coached) / score(bare) - 1)), "<= +25% (goal 10%)"});
        // The whole job: JDA's handling and the coach's analysis of the same burst, until the engine has read it all.
        JsonNode drained = findWith(results, "JdaOverheadBenchmark.receive", "client", "coached-drained");
        if (drained == null) {
            return;
        }
        rows.add(new String[]{"3 the same, until the coach has also analysed every message of the burst",
                eventsPerSecond(score(drained)), eventsPerSecond(score(bare)) + " (JDA alone)",
                String.format(Locale.ROOT, "+%.0f%%", 100 * (score(drained) / score(bare) - 1)), "<= +25% (goal 10%)"});
    }

    private static String eventsPerSecond(double nsPerEvent) {
        return String.format(Locale.ROOT, "%,.0f events/s", 1e9 / nsPerEvent);
    }

    private void storedDigests(JsonNode results) {
        for (String database : new String[]{"sqlite", "postgresql"}) {
            JsonNode digests = findWith(results, "StoredDigestBenchmark.everyDigest", "database", database);
            JsonNode select = findWith(results, "StoredDigestBenchmark.plainSelect", "database", database);
            if (digests == null || select == null) {
                continue;
            }
            rows.add(new String[]{"5 every weekly digest from storage, " + digests.path("params").path("people").asText()
                    + " people, " + database, String.format(Locale.ROOT, "%.2f s", score(digests) / 1000.0),
                    String.format(Locale.ROOT, "%.2f s (plain SELECT of the rows)", score(select) / 1000.0),
                    ratio(score(digests) / score(select)), "<= 10 s"});
        }
    }

    private void heap(JsonNode heap) {
        if (heap == null) {
            return;
        }
        long coached = heap.path("coachedBytesPerPerson").asLong();
        long notCoached = heap.path("notCoachedBytesPerPerson").asLong();
        rows.add(new String[]{"4 retained heap per person, a week of " + heap.path("messages").asLong() + " messages, "
                + heap.path("people").asLong() + " people", String.format(Locale.ROOT, "%,d B", coached),
                String.format(Locale.ROOT, "%,d B (nobody coached)", notCoached),
                notCoached > 0 ? ratio((double) coached / notCoached) : "-", "<= 2 KiB (goal 1 KiB)"});
    }

    private void promo(JsonNode results) {
        JsonNode reference = find(results, "PromoBenchmark.wordFeaturesWithoutCue", null, null);
        for (String name : new String[]{"detectorWithoutCue", "detectorPromotional"}) {
            JsonNode r = find(results, "PromoBenchmark." + name, null, null);
            if (r == null) {
                continue;
            }
            String alloc = r.path("secondaryMetrics").has("gc.alloc.rate.norm")
                    ? String.format(Locale.ROOT, ", %.0f B/msg", r.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble())
                    : "";
            rows.add(new String[]{"6 promotion detector, " + (name.contains("Without") ? "messages without a cue" : "promotional messages"),
                    micros(score(r)) + alloc, reference == null ? "-" : micros(score(reference)) + " (word features)",
                    reference == null ? "-" : ratio(score(r) / score(reference)),
                    name.contains("Without") ? "< 2 us, 0 B/msg" : "< 2 us"});
        }
    }

    private static JsonNode find(JsonNode results, String benchmark, String people, String history) {
        for (JsonNode r : results) {
            if (!r.path("benchmark").asText().endsWith(benchmark)) {
                continue;
            }
            if (people != null && !r.path("params").path("people").asText().equals(people)) {
                continue;
            }
            if (history != null && !r.path("params").path("history").asText().equals(history)) {
                continue;
            }
            return r;
        }
        return null;
    }

    /** The result of {@code benchmark} whose parameter {@code param} is {@code value}. */
    private static JsonNode findWith(JsonNode results, String benchmark, String param, String value) {
        for (JsonNode r : results) {
            if (r.path("benchmark").asText().endsWith(benchmark) && r.path("params").path(param).asText().equals(value)) {
                return r;
            }
        }
        return null;
    }

    /** The primary score in the benchmark's own unit (ns/op for per-message rows, ms for the replay). */
    private static double score(JsonNode r) {
        return r.path("primaryMetric").path("score").asDouble();
    }

    private static String micros(double ns) {
        return String.format(Locale.ROOT, "%.2f us", ns / 1000.0);
    }

    private static String ratio(double r) {
        return String.format(Locale.ROOT, "%.2fx", r);
    }

    private void print() {
        String[] header = {"benchmark", "figure", "reference (same run)", "ratio", "target"};
        int[] width = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            width[i] = header[i].length();
        }
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        System.out.println(line(header, width));
        StringBuilder rule = new StringBuilder("|");
        for (int w : width) {
            rule.append("-".repeat(w + 2)).append('|');
        }
        System.out.println(rule);
        for (String[] row : rows) {
            System.out.println(line(row, width));
        }
    }

    private static String line(String[] cells, int[] width) {
        StringBuilder b = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            b.append(' ').append(cells[i]).append(" ".repeat(width[i] - cells[i].length())).append(" |");
        }
        return b.toString();
    }
}
