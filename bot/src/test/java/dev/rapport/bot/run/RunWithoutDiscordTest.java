package dev.rapport.bot.run;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.rapport.bot.Features;
import org.slf4j.LoggerFactory;
import dev.rapport.bot.cli.RapportCommand;
import dev.rapport.bot.discord.GatewayTarget;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.requests.RestConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Optional;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code rapport run} with a token but no Discord to reach: one line saying so and why, exit code 1. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RunWithoutDiscordTest {

    /** A loopback port nobody listens on: connecting to it is refused at once, and nothing leaves the machine. */
    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void anUnreachableDiscordIsOneLineAndExitCodeOne(@TempDir Path dir) throws Exception {
        int port = closedPort();
        Path conf = dir.resolve("rapport.conf");
        Files.writeString(conf, """
                rapport.storage.data-dir = "%s"
                rapport.discord.ready-timeout = 20s
                """.formatted(dir.resolve("data").toString().replace("\\", "/")));
        String base = "http://127.0.0.1:" + port + "/api/v10/";
        GatewayTarget closed = new GatewayTarget() {
            @Override
            public DefaultShardManagerBuilder pointAt(DefaultShardManagerBuilder builder) {
                return builder.setRestConfig(new RestConfig().setBaseUrl(base));
            }

            @Override
            public Optional<URI> restBase() {
                return Optional.of(URI.create(base));
            }
        };
        RunEnvironment nowhere = new RunEnvironment(Map.of("DISCORD_TOKEN", "a-token-for-nowhere"), closed,
                stop -> { }, Clock.systemUTC());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = RapportCommand.execute(new String[]{"run", "--config", conf.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new Features(nowhere));

        String said = err.toString(StandardCharsets.UTF_8);
        assertThat(code).as(said).isEqualTo(1);
        assertThat(said.strip().lines()).as(said).hasSize(1);
        assertThat(said).contains("could not reach Discord").contains("127.0.0.1:" + port).contains("refused")
                .doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void aNetworkFailureDuringLoginIsOneLineToo(@TempDir Path dir) throws Exception {
        int port = closedPort();
        Path conf = dir.resolve("rapport.conf");
        Files.writeString(conf, "rapport.storage.data-dir = \"" + dir.resolve("data").toString().replace("\\", "/") + "\"\n");
        // No address to check beforehand: JDA itself meets the closed port.
        GatewayTarget unchecked = builder -> builder.setRestConfig(
                new RestConfig().setBaseUrl("http://127.0.0.1:" + port + "/api/v10/"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // JDA logs each failed attempt with its trace: that belongs in the log, which this test keeps to itself.
        java.util.concurrent.CountDownLatch logged = new java.util.concurrent.CountDownLatch(1);
        ListAppender<ILoggingEvent> jdaLog = new ListAppender<>() {
            @Override
            protected void append(ILoggingEvent event) {
                super.append(event);
                logged.countDown();
            }
        };
        Logger jda = (Logger) LoggerFactory.getLogger("net.dv8tion");
        jdaLog.start();
        jda.addAppender(jdaLog);
        jda.setAdditive(false);
        int code;
        try {
            code = RapportCommand.execute(new String[]{"run", "--config", conf.toString()},
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8),
                    new Features(new RunEnvironment(Map.of("DISCORD_TOKEN", "t"), unchecked, stop -> { }, Clock.systemUTC())));
            // JDA's request thread may log just after the failure reached the command.
            assertThat(logged.await(20, TimeUnit.SECONDS)).as("the failure is in the log, with its trace").isTrue();
        } finally {
            jda.setAdditive(true);
            jda.detachAppender(jdaLog);
        }

        String said = err.toString(StandardCharsets.UTF_8);
        assertThat(code).as(said).isEqualTo(1);
        assertThat(said.strip().lines()).as(said).hasSize(1);
        assertThat(said).startsWith("rapport run: could not reach Discord: ").contains(String.valueOf(port))
                .doesNotContain("\tat ").doesNotContain("Exception");
    }
}
