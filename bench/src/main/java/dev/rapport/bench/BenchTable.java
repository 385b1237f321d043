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
 * noisy machine. {@code java -cp bench/target/benchmarks.jar dev.rapport.bench.BenchTable JMH.json [HEAP.json]}.
 */
public final class BenchTable {
    private final List<String[]> rows = new ArrayList<>();

    private BenchTable() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: BenchTable JMH-RESULTS.json [RETAINED-HEAP.json]");
            System.exit(2);
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode results = json.readTree(Path.of(args[0]).toFile());
        JsonNode heap = args.length > 1 && Files.size(Path.of(args[1])) > 0 ? json.readTree(Path.of(args[1]).toFile()) : null;
        BenchTable table = new BenchTable();
        table.scale(results);
        table.replay(results);
        table.heap(heap);
        table.promo(results);
        table.print();
    }

    private void scale(JsonNode results) {
        JsonNode reference = find(results, "ScaleBenchmark.coachedMessage", "300", "10000");
        for (JsonNode r : results) {
            if (!r.path("benchmark").asText().endsWith("ScaleBenchmark.coachedMessage")) continue;
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
        if (replay == null || parser == null) return;
        long messages = replay.path("params").path("messages").asLong();
        double replayRate = messages / (score(replay) / 1000.0);
        double parserRate = messages / (score(parser) / 1000.0);
        rows.add(new String[]{"2 rapport replay, " + messages + "-message export",
                String.format(Locale.ROOT, "%,.0f msg/s (%.1f s)", replayRate, score(replay) / 1000.0),
                String.format(Locale.ROOT, "%,.0f msg/s (%.1f s, bare Jackson pass)", parserRate, score(parser) / 1000.0),
                String.format(Locale.ROOT, "%.0f%%", 100 * replayRate / parserRate), ">= 25% (goal 50%)"});
    }

    private void heap(JsonNode heap) {
        if (heap == null) return;
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
            if (r == null) continue;
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
            if (!r.path("benchmark").asText().endsWith(benchmark)) continue;
            if (people != null && !r.path("params").path("people").asText().equals(people)) continue;
            if (history != null && !r.path("params").path("history").asText().equals(history)) continue;
            return r;
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
        for (int i = 0; i < header.length; i++) width[i] = header[i].length();
        for (String[] row : rows) for (int i = 0; i < row.length; i++) width[i] = Math.max(width[i], row[i].length());
        System.out.println(line(header, width));
        StringBuilder rule = new StringBuilder("|");
        for (int w : width) rule.append("-".repeat(w + 2)).append('|');
        System.out.println(rule);
        for (String[] row : rows) System.out.println(line(row, width));
    }

    private static String line(String[] cells, int[] width) {
        StringBuilder b = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            b.append(' ').append(cells[i]).append(" ".repeat(width[i] - cells[i].length())).append(" |");
        }
        return b.toString();
    }
}
