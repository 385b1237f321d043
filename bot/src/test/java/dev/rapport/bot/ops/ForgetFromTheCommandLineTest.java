package dev.rapport.bot.ops;

import dev.rapport.bot.Features;
import dev.rapport.bot.config.RapportConfig;
import dev.rapport.bot.discord.DiscordToken;
import dev.rapport.bot.discord.live.ShiftableClock;
import dev.rapport.bot.discord.loopback.LoopbackDiscord;
import dev.rapport.bot.discord.loopback.MessageDraft;
import dev.rapport.bot.run.CoachBot;
import dev.rapport.bot.run.RunEnvironment;
import dev.rapport.bot.run.RunSettingsReader;
import dev.rapport.bot.storage.Storage;
import dev.rapport.bot.storage.StorageFactory;
import dev.rapport.bot.storage.cli.DataCommand;
import dev.rapport.bot.storage.config.StorageConfigReader;
import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.bot.storage.optin.TipFrequency;
import dev.rapport.bot.storage.support.Traces;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.IsoWeek;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On SQLite the bot is one process, but the operator's {@code rapport data forget} is another one writing to the same
 * file while the bot runs: the bot holds the person in memory (as someone's counterpart and in the community's
 * picture) and must not write them back, neither with its next saves nor after a restart.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ForgetFromTheCommandLineTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String ANA = "7";
    private static final String CLEO = "9";
    private static final String GUILD = "1";
    private static final String CHANNEL = "10";
    private static final String BY_HAND = """
            rapport.coaching.digest-interval = 1d
            rapport.coaching.save-interval = 1d
            rapport.coaching.tick-interval = 1d
            """;

    @TempDir
    Path dir;
    private LoopbackDiscord discord;
    private final ShiftableClock clock = new ShiftableClock();
    private Path configFile;
    private Storage storage;
    private CoachBot bot;
    private Features features;

    @BeforeEach
    void start() throws Exception {
        discord = LoopbackDiscord.start();
        discord.guild(GUILD, "Garden Club").channel(CHANNEL, "general").member(ANA, "ana").member(CLEO, "cleo");
        configFile = Files.writeString(dir.resolve("rapport.conf"), "rapport.storage.data-dir = \""
                + dir.resolve("data").toString().replace("\\", "/") + "\"\n");
        startBot();
    }

    private void startBot() throws Exception {
        features = new Features(new RunEnvironment(Map.of(), discord::pointAt, stop -> { }, clock));
        RapportConfig config = features.configLoader().parse(Files.readString(configFile) + BY_HAND + """
                rapport.coaching.send-interval = 20ms
                rapport.discord.ready-timeout = 20s
                rapport.management.port = 0
                """, "test.conf");
        storage = new StorageFactory(new StorageConfigReader(), new SecureRandom(), clock).open(config);
        bot = features.coachBot(config, new RunSettingsReader().read(config.raw()), storage);
        bot.start(new DiscordToken(discord.token()));
    }

    private void stopBot() {
        try {
            bot.close();
        } finally {
            storage.close();
        }
    }

    @AfterEach
    void stop() {
        try {
            stopBot();
        } finally {
            discord.close();
        }
    }

    @Test
    void theRunningBotLetsGoOfSomeoneTheCommandLineForgotAndNeverWritesThemBack() throws Exception {
        for (String user : List.of(ANA, CLEO)) {
            storage.optIns().save(OptIn.consent("discord", UserId.of(user), CommunityId.of(GUILD),
                    Instant.now().minus(Duration.ofDays(1)), ZoneOffset.UTC).withFrequency(TipFrequency.REALTIME));
        }
        String pseudonym = storage.pseudonyms().of(UserId.of(ANA));
        String question = discord.messageCreate(MessageDraft.inChannel(CHANNEL, ANA,
                "Does anyone know where to get oak cut to size around here?"));
        discord.messageCreate(MessageDraft.inChannel(CHANNEL, CLEO, "The mill by the harbour cuts to size, ask for Sam")
                .replyingTo(question).mentioning(ANA));
        settle(2);
        bot.coach().saveChanged().join();
        assertThat(cleosCounterparts()).contains(pseudonym);
        assertThat(storage.engineState().communities()).anyMatch(c -> c.mentions(pseudonym));

        long forgotAt = forgetOnTheCommandLine(ANA);
        awaitTakenUp(forgotAt);

        assertThat(cleosCounterparts()).as("the bot let go of Ana as Cleo's counterpart").doesNotContain(pseudonym);
        discord.messageCreate(MessageDraft.inChannel(CHANNEL, CLEO, "Thanks everyone, the shelf is finally up"));
        settle(3);
        bot.coach().saveChanged().join();
        assertThat(rowsNaming(ANA, pseudonym)).isEmpty();

        stopBot();
        startBot();
        bot.coach().saveChanged().join();
        assertThat(rowsNaming(ANA, pseudonym)).isEmpty();
        assertThat(bot.coach().report(UserId.of(ANA), thisWeek()).join()).isEmpty();
    }

    /** {@code rapport data forget --user ID --yes}, its own storage on the bot's file; returns the feed's number after. */
    private long forgetOnTheCommandLine(String user) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new DataCommand(features.configLoader(),
                new StorageFactory(new StorageConfigReader(), new SecureRandom(), clock)));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        assertThat(cli.execute("--config", configFile.toString(), "forget", "--user", user, "--yes")).as(out.toString())
                .isZero();
        return storage.changes().latest();
    }

    /** Waits until the bot records that it applied change {@code seq} (its answer to the forget). */
    private void awaitTakenUp(long seq) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!storage.changes().behind(seq, clock.instant().minus(WAIT), "the-command-line").isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the bot never took up change " + seq);
            }
            // The bot's record in storage is the event; there is nothing to be woken by from outside the process.
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    private void settle(double seen) {
        Endpoint endpoint = new Endpoint(bot.management().port());
        endpoint.awaitMetrics(m -> m.value("rapport_events_seen_total") >= seen, WAIT);
        bot.coach().duplicatesIgnored().join();
    }

    private IsoWeek thisWeek() {
        return IsoWeek.of(clock.instant(), ZoneOffset.UTC);
    }

    private List<String> cleosCounterparts() {
        return bot.coach().report(UserId.of(CLEO), thisWeek()).join()
                .map(r -> r.stats().topCounterparts().stream().map(c -> c.pseudonym()).toList()).orElse(List.of());
    }

    /** Every row of the bot's SQLite file whose user_id is {@code user} or in which {@code pseudonym} appears. */
    private List<String> rowsNaming(String user, String pseudonym) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data").resolve("rapport.db"))) {
            return Traces.of(c, user, pseudonym);
        }
    }
}
