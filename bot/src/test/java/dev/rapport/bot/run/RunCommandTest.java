package dev.rapport.bot.run;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.rapport.bot.Features;
import dev.rapport.bot.cli.RapportCommand;
import dev.rapport.bot.discord.loopback.LoopbackDiscord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code rapport run} as an operator sees it: token handling, exit codes, logs, and a clean stop on SIGTERM. */
@Timeout(value = 40, unit = TimeUnit.SECONDS)
class RunCommandTest {
    private static final String SECRET = "s3cr3t-token-that-must-never-be-logged";

    @TempDir
    Path dir;
    private LoopbackDiscord discord;
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Level rootLevel;
    private final WatchedOutput out = new WatchedOutput();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicReference<Runnable> sigterm = new AtomicReference<>();

    @BeforeEach
    void setUp() throws Exception {
        discord = LoopbackDiscord.start(SECRET);
        discord.guild("1", "Makers").channel("10", "general").member("7", "ana");
        rootLevel = root.getLevel();
        root.setLevel(Level.DEBUG);
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void tearDown() {
        root.detachAppender(logs);
        root.setLevel(rootLevel);
        if (sigterm.get() != null) {
            sigterm.get().run();
        }
        discord.close();
    }

    private int run(Map<String, String> env) throws Exception {
        Path conf = dir.resolve("rapport.conf");
        Files.writeString(conf, """
                rapport.storage.data-dir = "%s"
                rapport.discord.ready-timeout = 15s
                """.formatted(dir.resolve("data").toString().replace("\\", "/")));
        Features features = new Features(new RunEnvironment(env, discord::pointAt, sigterm::set, Clock.systemUTC()));
        return RapportCommand.execute(new String[]{"run", "--config", conf.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                features);
    }

    private String everythingPrinted() {
        StringBuilder all = new StringBuilder(out.toString(StandardCharsets.UTF_8)).append(err.toString(StandardCharsets.UTF_8));
        for (ILoggingEvent e : logs.list) {
            all.append(e.getFormattedMessage()).append('\n');
            if (e.getThrowableProxy() != null) {
                all.append(e.getThrowableProxy().getMessage()).append('\n');
            }
        }
        return all.toString();
    }

    @Test
    void withoutATokenItSaysWhereToPutOneAndExitsWithOne() throws Exception {
        int code = run(Map.of());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("DISCORD_TOKEN").contains("rapport.discord.token-file").doesNotContain("Exception");
        assertThat(discord.requests()).isEmpty();
    }

    @Test
    void aRejectedTokenIsReportedWithoutStackTraceAndNeverPrintedOrLogged() throws Exception {
        String wrong = "wrong-" + SECRET;

        int code = run(Map.of("DISCORD_TOKEN", wrong));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Discord rejected the bot token")
                .doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(everythingPrinted()).doesNotContain(wrong).doesNotContain(SECRET);
    }

    @Test
    void itRunsUntilTerminatedThenStopsCleanlyWithExitCodeZeroAndTheTokenNeverAppears() throws Exception {
        // Its own thread, as `rapport run` has the main thread: the common pool is JDA's to use (one thread on 2 cores).
        java.util.concurrent.ExecutorService own = java.util.concurrent.Executors.newSingleThreadExecutor();
        CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> {
            try {
                return run(Map.of("DISCORD_TOKEN", SECRET));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, own);
        own.shutdown();
        discord.awaitRequest(r -> r.is("PUT", "applications/" + discord.applicationId() + "/commands"),
                Duration.ofSeconds(15));
        out.awaitText("coaching on Discord", Duration.ofSeconds(10));

        Runnable stop = sigterm.getAndSet(null);
        assertThat(stop).isNotNull();
        stop.run();

        assertThat(running.get(15, TimeUnit.SECONDS)).as("exit code; it said: %s", err.toString(StandardCharsets.UTF_8))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("coaching on Discord").contains("stopped");
        assertThat(everythingPrinted()).doesNotContain(SECRET);
        assertThat(discord.receivedFrames()).anyMatch(f -> f.op() == 2);
    }

    @Test
    void whenTheSlashCommandsCannotBeRegisteredYetStartUpSaysNobodyCanOptIn() throws Exception {
        discord.failNext("PUT applications/{app}/commands", 400, 1);
        java.util.concurrent.ExecutorService own = java.util.concurrent.Executors.newSingleThreadExecutor();
        CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> {
            try {
                return run(Map.of("DISCORD_TOKEN", SECRET));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, own);
        own.shutdown();
        // The retry comes after the start-up message: once it is answered, the message has been printed.
        discord.awaitRequest(r -> r.is("PUT", "applications/" + discord.applicationId() + "/commands")
                && r.status() == 200, Duration.ofSeconds(15));

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("not registered yet").contains("nobody can opt in")
                .doesNotContain("coaching on Discord");
        Runnable stop = sigterm.getAndSet(null);
        assertThat(stop).isNotNull();
        stop.run();
        assertThat(running.get(15, TimeUnit.SECONDS)).isZero();
    }

    /** Standard output that wakes a test waiting for a line, instead of the test polling it. */
    private static final class WatchedOutput extends ByteArrayOutputStream {
        synchronized void awaitText(String text, Duration limit) throws InterruptedException {
            long deadline = System.nanoTime() + limit.toNanos();
            while (!toString(StandardCharsets.UTF_8).contains(text)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            super.write(b, off, len);
            notifyAll();
        }

        @Override
        public synchronized void write(int b) {
            super.write(b);
            notifyAll();
        }
    }
}
