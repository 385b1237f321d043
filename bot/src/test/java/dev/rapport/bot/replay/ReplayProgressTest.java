package dev.rapport.bot.replay;

import dev.rapport.bot.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The progress bar follows standard error: {@code replay big.json > report.txt} at a terminal shows it, and the
 * report file gets none of it. Run for real under {@code script}, which gives the process a terminal.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ReplayProgressTest {

    @Test
    void withOutputRedirectedTheBarStillShowsOnTheTerminalAndNotInTheFile(@TempDir Path dir) throws Exception {
        Path script = Path.of("/usr/bin/script");
        assumeTrue(Files.isExecutable(script), "needs util-linux script(1) to give the replay a terminal");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            lines.add("{\"type\":\"message\",\"id\":\"" + i + "\",\"time\":\"2026-01-05T09:00:00Z\",\"community\":\"1\","
                    + "\"channel\":\"c\",\"kind\":\"channel\",\"author\":\"p" + (i % 7) + "\",\"text\":\"hello " + i + "\"}");
        }
        Path input = Files.write(dir.resolve("big.jsonl"), lines);
        Path report = dir.resolve("report.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        // C1 only, as the other child JVMs of the tests: a short-lived JVM, the same code, less CPU.
        String command = quote(java) + " -XX:TieredStopAtLevel=1 -cp " + quote(classpath) + " " + Main.class.getName() + " replay --output json "
                + quote(input.toString()) + " > " + quote(report.toString());

        Process p = new ProcessBuilder(script.toString(), "-qec", command, "/dev/null").redirectErrorStream(true).start();
        String terminal = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.waitFor()).as(terminal).isZero();
        assertThat(terminal).contains("reading [");
        assertThat(Files.readString(report)).startsWith("{").doesNotContain("reading [");
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
