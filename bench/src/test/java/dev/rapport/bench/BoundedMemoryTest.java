package dev.rapport.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, item 1: a replay's memory follows people, not messages. A million generated messages by 5,000 people
 * over seven weeks (links, replies, questions, mentions, promotion) are replayed by {@code rapport replay} in a child
 * JVM limited to 256 MB of heap, which exits on the first {@code OutOfMemoryError}. Before per-person history was
 * bounded by the rules' look-back windows, this input filled 256 MB and the replay ground to a halt in collections.
 */
class BoundedMemoryTest {
    private static final long MESSAGES = 1_000_000;

    @Test
    void aMillionMessageReplayRunsInA256MegabyteHeap(@TempDir Path dir) throws IOException, InterruptedException {
        Path input = SyntheticExport.writeJsonLines(new SyntheticChat(5_000, 8, 20_000, 42), MESSAGES,
                dir.resolve("community.jsonl"));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process replay = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-Xlog:gc:file=" + dir.resolve("gc.log"),
                "-cp", System.getProperty("java.class.path"),
                "dev.rapport.bot.Main", "replay", "--no-progress", "--top", "1", input.toString()))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        // A generous guard for a loaded machine: on a 2-core machine the replay takes about two minutes.
        boolean ended = replay.waitFor(15, TimeUnit.MINUTES);
        if (!ended) {
            replay.destroyForcibly().waitFor();
        }
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        List<String> gc = Files.readAllLines(dir.resolve("gc.log"));
        String lastCollections = String.join("\n", gc.subList(Math.max(0, gc.size() - 5), gc.size()));

        assertThat(ended).as("the replay ended within 15 minutes; last collections:%n%s", lastCollections).isTrue();
        assertThat(stderr).doesNotContain("OutOfMemoryError");
        assertThat(replay.exitValue()).as("exit code; stderr: %s", stderr).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains(MESSAGES + " messages");
    }
}
