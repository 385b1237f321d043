package dev.rapport.bot.ops;

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
import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.bot.storage.optin.TipFrequency;
import dev.rapport.bot.storage.support.PostgresExtension;
import dev.rapport.bot.storage.support.SharedPostgres;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.IsoWeek;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two bot processes (two composition roots in one JVM, each with its own JDA client and its own storage pool) that
 * share nothing but one PostgreSQL, on shards 0 and 1 of two. As on Discord, each guild lives on one shard (guild 1 on
 * shard 0, guild 4194304 on shard 1) and direct messages arrive on shard 0, so at process A. Each process talks to a
 * loopback Discord of its own, holding its shard's guild. Ana is coached in both guilds.
 */
@ExtendWith(PostgresExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class TwoProcessesTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String ANA = "7";
    private static final String BEN = "8";
    private static final String CLEO = "9";
    private static final String GUILD_A = "1";
    /** (4194304 >> 22) % 2 == 1: a guild on shard 1. */
    private static final String GUILD_B = "4194304";

    @TempDir
    Path dir;
    private Process a;
    private Process b;

    /** One `rapport run` against its own loopback Discord (its shard of the world). */
    private static final class Process implements AutoCloseable {
        final LoopbackDiscord discord;
        final Storage storage;
        final CoachBot bot;
        final Endpoint endpoint;
        final String channel;

        Process(String guild, String channel, int shard, String storageConfig, Path dataDir) throws Exception {
            this.channel = channel;
            discord = LoopbackDiscord.start();
            discord.guild(guild, "Guild " + guild).channel(channel, "general").member(ANA, "ana").member(BEN, "ben")
                    .member(CLEO, "cleo");
            Clock clock = Clock.systemUTC();
            Features features = new Features(new RunEnvironment(Map.of(), discord::pointAt, stop -> { }, clock));
            RapportConfig config = features.configLoader().parse(storageConfig + """
                    rapport.storage.data-dir = "%s"
                    rapport.coaching.send-interval = 20ms
                    rapport.discord.ready-timeout = 20s
                    rapport.management.port = 0
                    rapport.discord.shards { total = 2, first = %d, last = %d }
                    """.formatted(dataDir.toString().replace("\\", "/"), shard, shard), "test.conf");
            storage = new StorageFactory(new StorageConfigReader(), new SecureRandom(), clock).open(config);
            bot = features.coachBot(config, new RunSettingsReader().read(config.raw()), storage);
            bot.start(new DiscordToken(discord.token()));
            endpoint = new Endpoint(bot.management().port());
        }

        void post(String author, String text) {
            discord.messageCreate(MessageDraft.inChannel(channel, author, text));
        }

        /** Whether this process's engine keeps Ana's current week in memory. */
        boolean coachesAna() {
            return coaches(ANA);
        }

        boolean coaches(String user) {
            return bot.coach().report(UserId.of(user), IsoWeek.of(java.time.Instant.now(), ZoneOffset.UTC)).join()
                    .isPresent();
        }

        double analysed() {
            return endpoint.scrape().value("rapport_events_analysed_total");
        }

        /** Waits until every event this process has seen so far has been through its engine. */
        void settle(double seen) {
            endpoint.awaitMetrics(m -> m.value("rapport_events_seen_total") >= seen, WAIT);
            bot.coach().duplicatesIgnored().join();
        }

        @Override
        public void close() {
            try {
                bot.close();
            } finally {
                storage.close();
                discord.close();
            }
        }
    }

    private String storage;

    @BeforeEach
    void start(SharedPostgres pg) throws Exception {
        storage = """
                rapport.storage { url = "%s", user = "%s", password = "%s" }
                rapport.pseudonym-secret = "the-installation-secret-of-both"
                """.formatted(pg.newDatabase(), SharedPostgres.APP_USER, SharedPostgres.APP_PASSWORD);
        a = new Process(GUILD_A, "10", 0, storage, dir.resolve("a"));
        b = new Process(GUILD_B, "20", 1, storage, dir.resolve("b"));
        optInAnaInBothGuilds();
    }

    private void optInAnaInBothGuilds() {
        java.time.Instant yesterday = java.time.Instant.now().minus(Duration.ofDays(1));
        for (String guild : new String[]{GUILD_A, GUILD_B}) {
            a.storage.optIns().save(OptIn.consent("discord", UserId.of(ANA), CommunityId.of(guild), yesterday,
                    ZoneOffset.UTC).withFrequency(TipFrequency.REALTIME));
        }
    }

    @AfterEach
    void stop() {
        try {
            if (b != null) b.close();
        } finally {
            if (a != null) a.close();
        }
    }

    @Test
    void aDirectMessageStopHandledByOneProcessStopsCoachingInTheOtherProcesssGuild() {
        a.post(ANA, "Morning all, what is everyone building this week?");
        b.post(ANA, "Hi folks, anyone here shipping on Friday?");
        a.settle(1);
        b.settle(1);
        assertThat(a.coachesAna()).isTrue();
        assertThat(b.coachesAna()).isTrue();

        a.discord.messageCreate(MessageDraft.direct(ANA, "stop"));
        a.discord.awaitRequest(r -> r.is("POST", "channels/" + a.discord.dmChannelIdFor(ANA) + "/messages")
                && r.json().path("content").asText().contains("Coaching stopped everywhere"), WAIT);
        long answered = System.nanoTime();
        awaitTrue(() -> !b.coachesAna(), "process B lets go of Ana");
        Duration took = Duration.ofNanos(System.nanoTime() - answered);
        assertThat(took).as("the stop reached the other process within seconds").isLessThan(Duration.ofSeconds(3));

        double before = b.analysed();
        b.post(ANA, "Anyone up for a coffee chat tomorrow? https://ana.example/calendar");
        b.settle(2);
        assertThat(b.analysed()).as("process B no longer analyses Ana's messages").isEqualTo(before);
    }

    @Test
    void forgetAnswersDoneOnlyOnceTheOtherProcessHasLetGoOfThePerson() {
        a.post(ANA, "Morning all, what is everyone building this week?");
        b.post(ANA, "Hi folks, anyone here shipping on Friday?");
        a.settle(1);
        b.settle(1);
        assertThat(b.coachesAna()).isTrue();

        a.discord.messageCreate(MessageDraft.direct(ANA, "forget"));
        a.discord.awaitRequest(r -> r.is("POST", "channels/" + a.discord.dmChannelIdFor(ANA) + "/messages")
                && r.json().path("components").size() > 0, WAIT);
        InteractionIds press = a.discord.interaction(InteractionDraft.button("coach:forget").by(ANA));
        RecordedRequest done = a.discord.awaitRequest(r -> r.is("PATCH", "webhooks/" + a.discord.applicationId() + "/"
                + press.token() + "/messages/@original"), WAIT);

        assertThat(done.json().path("content").asText()).startsWith("Done: I deleted everything");
        assertThat(b.coachesAna()).as("process B let go of Ana before the answer").isFalse();
        assertThat(b.storage.optIns().ofUser(UserId.of(ANA))).isEmpty();
        assertThat(b.storage.engineState().ofUser(UserId.of(ANA))).isEmpty();
    }

    @Test
    void aRestartedProcessTakesBackOnlyThePeopleCoachedInItsOwnShardsGuilds() throws Exception {
        a.storage.optIns().save(OptIn.consent("discord", UserId.of(CLEO), CommunityId.of(GUILD_B),
                java.time.Instant.now().minus(Duration.ofDays(1)), ZoneOffset.UTC));
        a.post(ANA, "Morning all, what is everyone building this week?");
        b.post(ANA, "Hi folks, anyone here shipping on Friday?");
        b.post(CLEO, "Has anyone tried the new build system?");
        a.settle(1);
        b.settle(2);
        a.bot.coach().saveChanged().join();
        b.bot.coach().saveChanged().join();

        a.close();
        a = new Process(GUILD_A, "10", 0, storage, dir.resolve("a"));

        assertThat(a.coachesAna()).as("Ana is coached in A's guild: her state comes back").isTrue();
        assertThat(a.coaches(CLEO)).as("Cleo is coached in B's guild only: A leaves her state to B").isFalse();
        assertThat(b.coaches(CLEO)).isTrue();
    }

    private static void awaitTrue(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("never happened: " + what);
            // Polling the other process's memory: there is no event to wait on from outside it.
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }
}
