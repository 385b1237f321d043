package dev.rapport.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.rapport.bot.cli.RapportCommand;
import dev.rapport.bot.importer.discord.DiscordExportOrder;
import dev.rapport.bot.importer.discord.DiscordExportReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Issue 12, row 2: {@code rapport replay} of a generated DiscordChatExporter export (one channel, {@code messages}
 * messages by {@code people} people, 10% with links, 30% replies) against a bare Jackson streaming pass that reads
 * every token of the same file. The export is written to a temporary file when the benchmark starts and deleted at
 * its end; it is never committed.
 *
 * <p>One row: {@code java -jar bench/target/benchmarks.jar ReplayBenchmark -p messages=1000000}. Beside the row,
 * {@code orderSkim} against {@code fullReading}: what learning an export's order costs now against the full first
 * reading it took before ({@code "ReplayBenchmark.(orderSkim|fullReading)"}; the row alone:
 * {@code "ReplayBenchmark.(replay|jacksonStreamingPass)"}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class ReplayBenchmark {
    @Param("1000000")
    long messages;

    @Param("5000")
    int people;

    private Path file;
    private final PrintStream discard = new PrintStream(OutputStream.nullOutputStream());

    @Setup(Level.Trial)
    public void writeExport() throws IOException {
        file = Files.createTempFile("rapport-bench-", ".json");
        SyntheticExport.write(new SyntheticChat(people, 1, 20_000, 42), messages, file);
    }

    @TearDown(Level.Trial)
    public void deleteExport() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public int replay() {
        int exit = RapportCommand.execute(new String[]{"replay", "--no-progress", file.toString()}, discard, discard);
        if (exit != 0) {
            throw new IllegalStateException("rapport replay exited with " + exit);
        }
        return exit;
    }

    /**
     * The skim that vouches an export is in time order, so that replay reads it once: each message's timestamp,
     * everything else skipped unread.
     */
    @Benchmark
    public boolean orderSkim() {
        return DiscordExportOrder.inTimeOrder(file);
    }

    /** The full reading the skim replaces: every message read and made into events, as replay reads it. */
    @Benchmark
    public long fullReading() throws Exception {
        long events = 0;
        try (DiscordExportReader reader = new DiscordExportReader(file)) {
            while (reader.next() != null) {
                events++;
            }
        }
        return events;
    }

    /** What reading the file costs at least: every token, every string materialised, nothing kept. */
    @Benchmark
    public long jacksonStreamingPass() throws IOException {
        long strings = 0;
        try (JsonParser json = new JsonFactory().createParser(file.toFile())) {
            JsonToken t;
            while ((t = json.nextToken()) != null) {
                if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
                    strings += json.getText().length();
                }
            }
        }
        return strings;
    }
}
