package dev.rapport.bot.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the log format, no log line carries a message's text or the bot token: a live bot logging at DEBUG
 * (Discord's client at INFO, as in production) through messages, a tip, a DM command and a shutdown.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LogPrivacyTest {
    private static final String TOKEN = "token-that-must-never-be-logged-4711";
    private static final String TEXT = "zebracrossing";
    private static final String DM_TEXT = "lighthousekeeper";

    @TempDir
    Path dir;

    @Test
    void noLogLineCarriesMessageTextOrTheToken() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger jda = (Logger) LoggerFactory.getLogger("net.dv8tion");
        Level rootLevel = root.getLevel();
        Level jdaLevel = jda.getLevel();
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        root.setLevel(Level.DEBUG);
        jda.setLevel(Level.INFO);
        try (LoopbackDiscord discord = LoopbackDiscord.start(TOKEN)) {
            discord.guild("1", "Makers").channel("10", "general").member("7", "ana").member("8", "ben");
            Clock clock = Clock.systemUTC();
            Features features = new Features(new RunEnvironment(Map.of(), discord::pointAt, stop -> { }, clock));
            RapportConfig config = features.configLoader().parse("""
                    rapport.storage.data-dir = "%s"
                    rapport.coaching.send-interval = 20ms
                    rapport.discord.ready-timeout = 20s
                    rapport.management.port = 0
                    """.formatted(dir.toString().replace("\\", "/")), "test.conf");
            try (Storage storage = new StorageFactory(new StorageConfigReader(), new SecureRandom(), clock).open(config)) {
                storage.optIns().save(OptIn.consent("discord", UserId.of("7"), CommunityId.of("1"),
                        clock.instant().minus(Duration.ofDays(1)), ZoneOffset.UTC).withFrequency(TipFrequency.REALTIME));
                CoachBot bot = features.coachBot(config, new RunSettingsReader().read(config.raw()), storage);
                try {
                    bot.start(new DiscordToken(discord.token()));
                    Endpoint endpoint = new Endpoint(bot.management().port());
                    discord.messageCreate(MessageDraft.inChannel("10", "8", "a " + TEXT + " question?"));
                    for (int i = 1; i <= 4; i++) {
                        discord.messageCreate(MessageDraft.inChannel("10", "7", TEXT + " https://ana.example/" + TEXT + i));
                    }
                    discord.messageCreate(MessageDraft.direct("7", DM_TEXT));
                    endpoint.awaitMetrics(m -> m.value("rapport_tips_total", Map.of("outcome", "sent")) >= 1,
                            Duration.ofSeconds(15));
                    // The DM is answered (unknown command: the help); once it is, it went through every logger.
                    discord.awaitRequest(r -> r.is("POST", "channels/" + discord.dmChannelIdFor("7") + "/messages")
                            && r.json().path("components").isEmpty(), Duration.ofSeconds(15));
                } finally {
                    bot.close();
                }
            }
        } finally {
            root.detachAppender(logs);
            root.setLevel(rootLevel);
            jda.setLevel(jdaLevel);
        }

        assertThat(logs.list).as("the run logged at all").isNotEmpty();
        for (ILoggingEvent e : logs.list) {
            String line = e.getFormattedMessage() + throwableText(e.getThrowableProxy());
            assertThat(line).as("log line of %s", e.getLoggerName())
                    .doesNotContain(TEXT).doesNotContain(DM_TEXT).doesNotContain(TOKEN);
        }
    }

    private static String throwableText(IThrowableProxy t) {
        StringBuilder b = new StringBuilder();
        for (IThrowableProxy p = t; p != null; p = p.getCause()) {
            b.append(' ').append(p.getMessage());
        }
        return b.toString();
    }
}
