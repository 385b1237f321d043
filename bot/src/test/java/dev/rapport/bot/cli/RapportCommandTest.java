package dev.rapport.bot.cli;

import dev.rapport.bot.digest.DigestFolder;
import dev.rapport.bot.digest.DigestHtml;
import dev.rapport.bot.digest.DigestMarkdown;
import dev.rapport.bot.digest.ReplayDigests;
import dev.rapport.bot.digest.ScoreChart;
import dev.rapport.bot.Features;
import dev.rapport.bot.config.ConfigLoader;
import dev.rapport.bot.importer.EventReaders;
import dev.rapport.bot.replay.DemoExport;
import dev.rapport.bot.replay.OfflineCoach;
import dev.rapport.bot.replay.ReplayCommand;
import dev.rapport.bot.storage.StorageFactory;
import dev.rapport.bot.storage.config.StorageConfigReader;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.rule.RuleCatalogue;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line's own promises: its version, one line instead of a stack trace when memory runs out, and one line
 * to the user with the stack trace in the log when something fails that nobody foresaw.
 */
class RapportCommandTest {

    @Test
    void versionIsTheOneMavenBuilt() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = RapportCommand.execute(new String[]{"-V"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).matches("rapport \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    /** The composition root, but with {@code readers} for replay's inputs: a seam for failures no test input causes. */
    private static CommandLine.IFactory replayReading(EventReaders readers) {
        Features features = new Features();
        RuleCatalogue catalogue = RuleCatalogue.standard();
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == ReplayCommand.class) {
                    return type.cast(new ReplayCommand(new OfflineCoach(catalogue, new SelfPromotionDetector(),
                            new SecureRandom()), new ConfigLoader(catalogue), readers, new DemoExport(),
                            new StorageFactory(new StorageConfigReader(), new SecureRandom(), Clock.systemUTC()),
                            new ReplayDigests(new DigestFolder(new ScoreChart(), new DigestMarkdown(), new DigestHtml()))));
                }
                return features.create(type);
            }
        };
    }

    @Test
    void aFailureNobodyForesawIsOneLineToTheUserAndItsStackTraceInTheLog(@TempDir Path dir) throws Exception {
        Path log = Files.writeString(dir.resolve("2026-01-05.log"), "[09:00] <ana> hi\n");
        CommandLine.IFactory factory = replayReading(new EventReaders(file -> {
            throw new IllegalStateException("a reader in a state nobody planned for");
        }));
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        Logger logger = (Logger) LoggerFactory.getLogger(RapportCommand.class);
        logs.start();
        logger.addAppender(logs);
        logger.setAdditive(false); // heard here, not printed into the build's output
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            code = RapportCommand.execute(new String[]{"replay", log.toString()},
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), factory);
        } finally {
            logger.detachAppender(logs);
            logger.setAdditive(true);
        }

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("rapport: a reader in a state nobody planned for");
        assertThat(logs.list).singleElement().satisfies(e -> {
            assertThat(e.getFormattedMessage()).contains("rapport replay failed unexpectedly");
            assertThat(e.getThrowableProxy().getClassName()).isEqualTo(IllegalStateException.class.getName());
        });
    }

    @Test
    void runningOutOfMemoryIsOneLineSayingWhatToDo(@TempDir Path dir) throws Exception {
        Path log = Files.writeString(dir.resolve("2026-01-05.log"), "[09:00] <ana> hi\n");
        // An IRC reader that needs more memory than there is, as a huge replay under a small -Xmx does.
        CommandLine.IFactory factory = replayReading(new EventReaders(file -> {
            throw new OutOfMemoryError("Java heap space");
        }));
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = RapportCommand.execute(new String[]{"replay", log.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), factory);

        String said = err.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(1);
        assertThat(said.strip().lines()).hasSize(1);
        assertThat(said).startsWith("rapport: out of memory").contains("-Xmx").contains("fewer files")
                .doesNotContain("\tat ");
    }

    @Test
    @org.junit.jupiter.api.Timeout(120)
    void aRealReplayOutOfHeapSaysSoInOneLine(@TempDir Path dir) throws Exception {
        // 40,000 messages written backwards by 4,000 people: sorting them needs far more than a 24 MB heap.
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (int i = 40_000; i > 0; i--) {
            lines.add("{\"type\":\"message\",\"id\":\"" + i + "\",\"time\":\"" + java.time.Instant.parse("2026-01-05T00:00:00Z")
                    .plusSeconds(i * 7L) + "\",\"community\":\"1\",\"channel\":\"c\",\"kind\":\"channel\",\"author\":\"p"
                    + (i % 4000) + "\",\"text\":\"a message of some length, number " + i + ", to take some room\"}");
        }
        Path input = Files.write(dir.resolve("backwards.jsonl"), lines);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));

        Path errFile = dir.resolve("stderr.txt");
        // C1 only (the same code, less CPU for a short-lived JVM): at load 25 it ends in about 8 s instead of 11.
        Process p = new ProcessBuilder(java, "-Xmx24m", "-XX:TieredStopAtLevel=1", "-cp", classpath, dev.rapport.bot.Main.class.getName(),
                "replay", "--no-progress", input.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(errFile.toFile()).start();
        // A replay that hangs instead of ending must fail this test, not the whole build: wait with a bound.
        boolean ended = p.waitFor(100, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly().waitFor();
        }
        String err = Files.readString(errFile, StandardCharsets.UTF_8);

        assertThat(ended).as("the out-of-heap replay ended by itself; it said: " + err).isTrue();
        assertThat(p.exitValue()).as(err).isEqualTo(1);
        assertThat(err.strip().lines()).as(err).hasSize(1);
        assertThat(err).startsWith("rapport: out of memory").contains("-Xmx");
    }

    @Test
    void aTerminalIsTheConsoleOrATtyDeviceNotAFileOrPipe() {
        assertThat(Terminals.isTerminalDevice("/dev/pts/3")).isTrue();
        assertThat(Terminals.isTerminalDevice("/dev/tty1")).isTrue();
        assertThat(Terminals.isTerminalDevice("pipe:[40217]")).isFalse();
        assertThat(Terminals.isTerminalDevice("/tmp/report.txt")).isFalse();
        assertThat(Terminals.isTerminalDevice("/dev/null")).isFalse();
    }

    @Test
    void terminalTextShowsControlAndBidiCharactersAndKeepsEmoji() {
        assertThat(TerminalText.safe("a\u202Eb\u2066c\u0007d")).isEqualTo("a<U+202E>b<U+2066>c<U+0007>d");
        assertThat(TerminalText.safe("Zoë 👩‍🎨 ☕️")).isEqualTo("Zoë 👩‍🎨 ☕️");
    }
}
