package dev.rapport.bot.ops;

import dev.rapport.bot.Features;
import dev.rapport.bot.config.RapportConfig;
import dev.rapport.bot.discord.DiscordToken;
import dev.rapport.bot.discord.loopback.LoopbackDiscord;
import dev.rapport.bot.discord.loopback.MessageDraft;
import dev.rapport.bot.run.CoachBot;
import dev.rapport.bot.run.RunEnvironment;
import dev.rapport.bot.run.RunSettingsReader;
import dev.rapport.bot.storage.Storage;
import dev.rapport.bot.storage.StorageFactory;
import dev.rapport.bot.storage.config.StorageConfigReader;
import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.bot.storage.optin.TipFrequency;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

// Bounds for a hang, not budgets: the first test of a cold test JVM starts JDA and the bot (thousands of classes) and
// took 42 s at load 19 and 67 s at load 30 on 2026-12-02; each wait returns as soon as what it waits for is there.
/**
 * The management endpoint of a live bot (the real composition root, a real JDA client on the loopback Discord, real
 * SQLite), read the way a container's health check and a Prometheus scraper read it.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ManagementEndpointTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String GUILD = "1";
    private static final String GENERAL = "10";
    private static final String ANA = "7";
    private static final String BEN = "8";

    @TempDir
    Path dir;
    private LoopbackDiscord discord;
    private Storage storage;
    private CoachBot bot;
    private Endpoint endpoint;

    @BeforeEach
    void start() throws Exception {
        discord = LoopbackDiscord.start();
        discord.guild(GUILD, "Makers").channel(GENERAL, "general").member(ANA, "ana").member(BEN, "ben");
        Clock clock = Clock.systemUTC();
        Features features = new Features(new RunEnvironment(Map.of(), discord::pointAt, stop -> { }, clock));
        RapportConfig config = features.configLoader().parse("""
                rapport.storage.data-dir = "%s"
                rapport.coaching.send-interval = 20ms
                rapport.discord.ready-timeout = 20s
                rapport.management.port = 0
                """.formatted(dir.toString().replace("\\", "/")), "test.conf");
        storage = new StorageFactory(new StorageConfigReader(), new SecureRandom(), clock).open(config);
        storage.optIns().save(OptIn.consent("discord", UserId.of(ANA), CommunityId.of(GUILD),
                clock.instant().minus(Duration.ofDays(1)), ZoneOffset.UTC).withFrequency(TipFrequency.REALTIME));
        bot = features.coachBot(config, new RunSettingsReader().read(config.raw()), storage);
        bot.start(new DiscordToken(discord.token()));
        endpoint = new Endpoint(bot.management().port());
    }

    @AfterEach
    void stop() {
        try {
            if (bot != null) {
                bot.close();
            }
        } finally {
            if (storage != null) {
                storage.close();
            }
            discord.close();
        }
    }

    @Test
    void healthAnswersOkAndUnknownPathsAreNotFound() {
        HttpResponse<String> health = endpoint.get("/healthz");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("ok\n");
        assertThat(endpoint.get("/nothing-here").statusCode()).isEqualTo(404);
    }

    @Test
    void metricsCountEventsSeenAndAnalysedAndTipsByRuleAndOutcome() {
        discord.messageCreate(MessageDraft.inChannel(GENERAL, BEN, "Anyone tried the new release?"));
        // Four links in a few minutes from the coached person: links.burst, sent as a private tip.
        for (int i = 1; i <= 4; i++) {
            discord.messageCreate(MessageDraft.inChannel(GENERAL, ANA, "new post https://ana.example/post-" + i));
        }

        PrometheusText metrics = endpoint.awaitMetrics(m -> m.value("rapport_tips_total",
                Map.of("rule", "links.burst", "outcome", "sent")) >= 1, WAIT);

        assertThat(metrics.value("rapport_events_seen_total")).isEqualTo(5);
        assertThat(metrics.value("rapport_events_analysed_total")).as("only the coached person's messages").isEqualTo(4);
        assertThat(metrics.find("rapport_tips_total", Map.of("rule", "links.burst", "outcome", "sent")).orElseThrow()
                .labels()).containsEntry("reason", "dm");
        assertThat(metrics.typeOf("rapport_tips_total")).isEqualTo("counter");
        assertThat(metrics.typeOf("rapport_outbox_depth")).isEqualTo("gauge");
        assertThat(metrics.value("rapport_outbox_depth")).isZero();
        assertThat(metrics.all("rapport_engine_queue_depth")).hasSize(1);
        assertThat(metrics.value("rapport_gateway_shards")).isEqualTo(1);
        assertThat(metrics.value("rapport_gateway_shards_connected")).isEqualTo(1);
        assertThat(metrics.all("rapport_digest_lag_seconds_count")).hasSize(1);
        assertThat(metrics.all("rapport_gateway_latency_seconds")).hasSize(1);
        // One sample per heap pool (eden, survivor, old): any one of them may be empty at the moment of the scrape.
        assertThat(metrics.all("jvm_memory_used_bytes").stream().filter(s -> "heap".equals(s.labels().get("area")))
                .mapToDouble(PrometheusText.Sample::value).sum()).isPositive();
        assertThat(metrics.all("jvm_threads_live_threads")).hasSize(1);
        assertThat(discord.requests()).anyMatch(r -> r.is("POST", "channels/" + discord.dmChannelIdFor(ANA) + "/messages"));
    }

    @Test
    void readinessDropsWhileTheGatewayIsAwayAndReturnsWhenItResumes() {
        assertThat(endpoint.get("/readyz").statusCode()).isEqualTo(200);

        discord.duringOutage(() -> {
            HttpResponse<String> away = endpoint.await("/readyz", r -> r.statusCode() == 503, WAIT);
            assertThat(away.body()).contains("shards: 0 of 1 connected");
            assertThat(endpoint.scrape().value("rapport_gateway_shards_connected")).isZero();
            assertThat(endpoint.get("/healthz").statusCode()).as("the process is still up").isEqualTo(200);
        });

        HttpResponse<String> back = endpoint.await("/readyz", r -> r.statusCode() == 200, WAIT);
        assertThat(back.body()).isEqualTo("ready\n");
        assertThat(discord.receivedFrames()).anyMatch(f -> f.op() == 6);
    }
}
