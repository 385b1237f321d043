package dev.rapport.bot.ops;

import dev.rapport.bot.discord.live.ShiftableClock;
import dev.rapport.bot.discord.loopback.LoopbackDiscord;
import dev.rapport.bot.discord.loopback.MessageDraft;
import dev.rapport.bot.storage.StorageFactory;
import dev.rapport.bot.storage.cli.DataCommand;
import dev.rapport.bot.storage.config.StorageConfigReader;
import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.bot.storage.optin.TipFrequency;
import dev.rapport.bot.storage.support.Traces;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
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
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On SQLite the bot is one process, but the operator's {@code rapport data forget} is another one writing to the same
 * file while the bot runs: the bot holds the person in memory (as someone's counterpart and in the community's
 * picture) and must not write them back, neither with its next saves nor after a restart.
 */
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class ForgetFromTheCommandLineTest {
    private static final String ANA = "7";
    private static final String CLEO = "9";
    private static final String GUILD = "1";
    private static final String CHANNEL = "10";

    @TempDir
    Path dir;
    private LoopbackDiscord discord;
    private final ShiftableClock clock = new ShiftableClock();
    private Path configFile;
    private BotProcess bot;

    @BeforeEach
    void start() throws Exception {
        discord = LoopbackDiscord.start();
        discord.guild(GUILD, "Garden Club").channel(CHANNEL, "general").member(ANA, "ana").member(CLEO, "cleo");
        configFile = Files.writeString(dir.resolve("rapport.conf"), "rapport.storage.data-dir = \""
                + dir.resolve("data").toString().replace("\\", "/") + "\"\n");
        bot = BotProcess.start(discord, clock, Files.readString(configFile));
    }

    @AfterEach
    void stop() {
        try {
            if (bot != null) {
                bot.close();
            }
        } finally {
            discord.close();
        }
    }

    @Test
    void theRunningBotLetsGoOfSomeoneTheCommandLineForgotAndNeverWritesThemBack() throws Exception {
        for (String user : List.of(ANA, CLEO)) {
            bot.storage.optIns().save(OptIn.consent("discord", UserId.of(user), CommunityId.of(GUILD),
                    Instant.now().minus(Duration.ofDays(1)), ZoneOffset.UTC).withFrequency(TipFrequency.REALTIME));
        }
        String pseudonym = bot.storage.pseudonyms().of(UserId.of(ANA));
        String question = discord.messageCreate(MessageDraft.inChannel(CHANNEL, ANA,
                "Does anyone know where to get oak cut to size around here?"));
        discord.messageCreate(MessageDraft.inChannel(CHANNEL, CLEO, "The mill by the harbour cuts to size, ask for Sam")
                .replyingTo(question).mentioning(ANA));
        bot.settle(2);
        bot.bot.coach().saveChanged().join();
        assertThat(bot.counterparts(CLEO)).contains(pseudonym);
        assertThat(bot.storage.engineState().communities()).anyMatch(c -> c.mentions(pseudonym));

        long forgotAt = forgetOnTheCommandLine(ANA);
        bot.awaitTakenUp(forgotAt, "the-command-line");

        assertThat(bot.counterparts(CLEO)).as("the bot let go of Ana as Cleo's counterpart").doesNotContain(pseudonym);
        discord.messageCreate(MessageDraft.inChannel(CHANNEL, CLEO, "Thanks everyone, the shelf is finally up"));
        bot.settle(3);
        bot.bot.coach().saveChanged().join();
        assertThat(rowsNaming(ANA, pseudonym)).isEmpty();

        bot.close();
        bot = null;
        bot = BotProcess.start(discord, clock, Files.readString(configFile));
        bot.bot.coach().saveChanged().join();
        assertThat(rowsNaming(ANA, pseudonym)).isEmpty();
        assertThat(bot.coaches(ANA)).as("the restarted bot keeps no week of Ana's").isFalse();
    }

    /** {@code rapport data forget --user ID --yes}, its own storage on the bot's file; returns the feed's number after. */
    private long forgetOnTheCommandLine(String user) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new DataCommand(bot.features.configLoader(),
                new StorageFactory(new StorageConfigReader(), new SecureRandom(), clock)));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        assertThat(cli.execute("--config", configFile.toString(), "forget", "--user", user, "--yes")).as(out.toString())
                .isZero();
        return bot.storage.changes().latest();
    }

    /** Every row of the bot's SQLite file whose user_id is {@code user} or in which {@code pseudonym} appears. */
    private List<String> rowsNaming(String user, String pseudonym) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data").resolve("rapport.db"))) {
            return Traces.of(c, user, pseudonym);
        }
    }
}
