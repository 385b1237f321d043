package dev.rapport.bot.ops;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.bot.Features;
import dev.rapport.bot.config.RapportConfig;
import dev.rapport.bot.discord.DiscordToken;
import dev.rapport.bot.discord.loopback.InteractionDraft;
import dev.rapport.bot.discord.loopback.InteractionIds;
import dev.rapport.bot.discord.loopback.LoopbackDiscord;
import dev.rapport.bot.discord.loopback.MessageDraft;
import dev.rapport.bot.discord.loopback.RecordedRequest;
import dev.rapport.bot.run.CoachBot;
import dev.rapport.bot.run.RunEnvironment;
import dev.rapport.bot.run.RunSettingsReader;
import dev.rapport.bot.storage.Storage;
import dev.rapport.bot.storage.StorageFactory;
import dev.rapport.bot.storage.config.StorageConfigReader;
import dev.rapport.bot.storage.support.PostgresExtension;
import dev.rapport.bot.storage.support.SharedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole bot on PostgreSQL, in a child JVM with its own real JDA client, killed with SIGKILL
 * ({@code Process.destroyForcibly}) in the middle of a week: what it had acknowledged (Ana's consent, and her messages
 * as counted in a {@code /coach stats} answer) is all there when a new process takes over the shard.
 */
@ExtendWith(PostgresExtension.class)
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class BotKillTest {
    /** Generous for two loaded cores; every wait ends at its event, so a passing run never waits it out. */
    private static final Duration WAIT = BotProcess.WAIT;
    private static final String ANA = "7";
    private static final String GUILD = "1";
    private static final String GENERAL = "10";

    @TempDir
    Path dir;
    private LoopbackDiscord discord;
    private Process child;
    private CoachBot successor;
    private Storage successorStorage;

    /** What both processes run with: a database, a data folder, states saved only when something asks. */
    static String settings(Path dataDir) {
        return """
                rapport.storage.data-dir = "%s"
                rapport.coaching.send-interval = 20ms
                rapport.coaching.save-interval = 1d
                rapport.discord.ready-timeout = 120s
                rapport.management.port = 0
                """.formatted(dataDir.toString().replace("\\", "/"));
    }

    @AfterEach
    void stop() {
        if (child != null) {
            child.destroyForcibly();
        }
        try {
            if (successor != null) {
                successor.close();
            }
        } finally {
            if (successorStorage != null) {
                successorStorage.close();
            }
            if (discord != null) {
                discord.close();
            }
        }
    }

    @Test
    void aProcessKilledMidWeekLosesNothingItHadAcknowledged(SharedPostgres pg) throws Exception {
        discord = LoopbackDiscord.start();
        discord.guild(GUILD, "Garden Club").channel(GENERAL, "general").member(ANA, "ana").member("8", "ben");
        String storage = """
                rapport.storage { url = "%s", user = "%s", password = "%s" }
                rapport.pseudonym-secret = "the-installation-secret-of-both"
                """.formatted(pg.newDatabase(), SharedPostgres.APP_USER, SharedPostgres.APP_PASSWORD);

        BlockingQueue<String> said = startChild(storage);
        String line;
        List<String> before = new ArrayList<>();
        // The child's start (a JVM, a pool, a migration, a gateway session) under load: a long deadline, ended by READY.
        while (!"READY".equals(line = said.poll(180, TimeUnit.SECONDS))) {
            assertThat(line).as("the child bot never said READY; it said: %s", before).isNotNull();
            before.add(line);
        }
        optIn();
        post("Morning all, what is everyone building this week?");
        post("I like that idea, tell me more about how you test it");
        post("Thanks for sharing, that helps me a lot with my own setup");
        assertThat(stats()).as("acknowledged: the stats answer counts them").contains("messages: 3");

        child.destroyForcibly();
        assertThat(child.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

        startSuccessor(storage);
        post("Does anyone have a good guide for soldering?");
        assertThat(stats()).as("the three acknowledged messages and the new one").contains("messages: 4");
    }

    private BlockingQueue<String> startChild(String storage) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                BotKillChildMain.class.getName(), discord.restBaseUrl(), discord.gatewayUrl(), discord.token(), storage,
                dir.resolve("child").toString()));
        child = new ProcessBuilder(command).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l = out.readLine(); l != null; l = out.readLine()) {
                    lines.add(l);
                }
            } catch (java.io.IOException e) {
                lines.add("(output ended: " + e.getMessage() + ")");
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    private void startSuccessor(String storage) throws Exception {
        Clock clock = Clock.systemUTC();
        Features features = new Features(new RunEnvironment(Map.of(), discord::pointAt, stop -> { }, clock));
        RapportConfig config = features.configLoader().parse(storage + settings(dir.resolve("successor")), "test.conf");
        successorStorage = new StorageFactory(new StorageConfigReader(), new SecureRandom(), clock).open(config);
        successor = features.coachBot(config, new RunSettingsReader().read(config.raw()), successorStorage);
        successor.start(new DiscordToken(discord.token()));
    }

    private void post(String text) {
        discord.messageCreate(MessageDraft.inChannel(GENERAL, ANA, text));
    }

    private void optIn() {
        JsonNode consent = answer(discord.interaction(InteractionDraft.slashCommand("coach").subcommand("start")
                .option("zone", "UTC").inChannel(GENERAL).by(ANA)));
        String customId = consent.path("components").get(0).path("components").get(0).path("custom_id").asText();
        assertThat(answer(discord.interaction(InteractionDraft.button(customId).inChannel(GENERAL).by(ANA)))
                .path("content").asText()).startsWith("You're in.");
    }

    /** Ana's /coach stats, as the numbers field reads. */
    private String stats() {
        JsonNode answer = answer(discord.interaction(InteractionDraft.slashCommand("coach").subcommand("stats")
                .inChannel(GENERAL).by(ANA)));
        return answer.path("embeds").findValuesAsText("value").toString();
    }

    private JsonNode answer(InteractionIds ids) {
        RecordedRequest cb = discord.awaitRequest(r -> r.route().equals("interactions/" + ids.id() + "/" + ids.token()
                + "/callback"), WAIT);
        if (cb.json().path("type").asInt() == 4) {
            return cb.json().path("data");
        }
        return discord.awaitRequest(r -> r.is("PATCH", "webhooks/" + discord.applicationId() + "/" + ids.token()
                + "/messages/@original"), WAIT).json();
    }
}
