package dev.rapport.bot.discord.live;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.bot.discord.loopback.InteractionIds;
import dev.rapport.bot.discord.loopback.RecordedRequest;
import dev.rapport.bot.storage.ledger.Feedback;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.rapport.bot.discord.live.LiveBot.ANA;
import static dev.rapport.bot.discord.live.LiveBot.BEN;
import static dev.rapport.bot.discord.live.LiveBot.CLEO;
import static dev.rapport.bot.discord.live.LiveBot.GENERAL;
import static dev.rapport.bot.discord.live.LiveBot.GUILD;
import static dev.rapport.bot.discord.live.LiveBot.HELP;
import static dev.rapport.bot.discord.live.LiveBot.SHOWCASE;
import static dev.rapport.bot.discord.live.LiveBot.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

/** Interactions as Discord times them, failures as a member and an operator see them, admins checked by the bot. */
@Timeout(value = LiveBot.DEADLINE_SECONDS, unit = TimeUnit.SECONDS)
class DiscordInteractionsEndToEndTest {
    private static final int EPHEMERAL = 64;

    @TempDir
    Path dir;
    private LiveBot live;

    @AfterEach
    void stop() {
        if (live != null) {
            live.close();
        }
    }

    @Test
    void aFeedbackButtonIsAcknowledgedInTimeEvenWhileStorageIsBusy() throws Exception {
        live = LiveBot.start(dir, discord -> discord.acknowledgeWithin(Duration.ofSeconds(1)));
        live.optIn(ANA);
        for (String channel : List.of(GENERAL, SHOWCASE, HELP)) {
            live.post(channel, ANA, "Some notes from yesterday's meetup are here https://example.com/notes for anyone curious");
        }
        RecordedRequest tip = live.awaitTipTo(ANA);
        String helpful = tip.json().path("components").get(0).path("components").get(0).path("custom_id").asText();

        InteractionIds pressed;
        // Another writer holds the database for longer than Discord waits for an acknowledgement.
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("rapport.db"));
             Statement s = other.createStatement()) {
            s.execute("PRAGMA busy_timeout = 5000");
            s.execute("BEGIN IMMEDIATE");
            s.execute("UPDATE opt_in SET zone = zone");
            pressed = live.press(helpful, ANA);
            live.discord.awaitRequest(r -> r.route().equals("interactions/" + pressed.id() + "/" + pressed.token()
                    + "/callback"), WAIT);
            live.discord.advanceClock(Duration.ofMillis(1500));
            s.execute("COMMIT");
        }

        assertThat(live.callback(pressed).status()).isEqualTo(200);
        assertThat(live.answer(pressed).path("content").asText()).isEqualTo("Thanks, glad it helped!");
        assertThat(live.storage.tips().ofUser(UserId.of(ANA))).singleElement()
                .satisfies(t -> assertThat(t.feedback()).contains(Feedback.HELPFUL));
    }

    @Test
    void aCommandThatFailsShowsAShortApologyAndLogsTheFailureOnceWithItsStackTrace() throws Exception {
        live = LiveBot.start(dir, discord -> { });
        live.optIn(ANA);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(logged);
        try {
            live.storage.close();

            JsonNode answer = live.answer(live.coach(ANA, "tips"));

            assertThat(answer.path("content").asText()).isEqualTo("Sorry, something went wrong on my side. "
                    + "Please try again in a moment.");
            List<ILoggingEvent> seen;
            // the live bot's other threads go on logging while we read: AppenderBase appends under the appender's
            // own lock, so copy under it (streaming the bare list failed once with ConcurrentModificationException)
            synchronized (logged) {
                seen = List.copyOf(logged.list);
            }
            List<ILoggingEvent> failures = seen.stream()
                    .filter(e -> e.getFormattedMessage().contains("did not complete")).toList();
            assertThat(failures).singleElement().satisfies(e -> assertThat(e.getThrowableProxy()).isNotNull());
            assertThat(answer.path("content").asText()).doesNotContain("Hikari").doesNotContain("Exception");
        } finally {
            root.detachAppender(logged);
        }
    }

    @Test
    void coachadminIsRefusedToAMemberWithoutManageServerAndAllowedToAModerator() throws Exception {
        live = LiveBot.start(dir, discord -> { });

        InteractionIds refused = live.admin(BEN, d -> d.subcommand("promotion-channel")
                .channelOption("channel", SHOWCASE).option("welcome", "on"));
        JsonNode refusal = live.answer(refused);
        JsonNode allowed = live.answer(live.admin(CLEO, d -> d.subcommand("status")));

        assertThat(live.callback(refused).json().path("data").path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(refusal.path("content").asText()).contains("Manage Server").contains("Nothing was changed");
        assertThat(allowed.path("embeds")).isNotEmpty();
        assertThat(live.storage.communitySettings().find(CommunityId.of(GUILD))
                .map(c -> c.promotionChannels().isEmpty()).orElse(true)).isTrue();
    }

    @Test
    void theConfiguredAdminRoleMayUseCoachadminWithoutManageServer() throws Exception {
        live = LiveBot.start(dir, discord -> discord.guild("2", "Other").role("40", "coach-admins")
                .channel("20", "lobby").member(BEN, "ben", "40"), "rapport.discord.admin-role = coach-admins");

        JsonNode answer = live.answer(live.discord.interaction(dev.rapport.bot.discord.loopback.InteractionDraft
                .slashCommand("coachadmin").subcommand("promotion-channel").channelOption("channel", "20")
                .option("welcome", "on").inChannel("20").by(BEN)));

        assertThat(answer.path("content").asText()).contains("Promotion is welcome");
        assertThat(live.storage.communitySettings().find(CommunityId.of("2")))
                .hasValueSatisfying(c -> assertThat(c.promotionChannels()).containsExactly("20"));
    }

    @Test
    void whenCommandRegistrationFailsTheBotSaysNobodyCanOptInAndRetriesUntilItSucceeds() throws Exception {
        live = LiveBot.start(dir, discord -> discord.failNext("PUT applications/{app}/commands", 500, 1)
                .failNext("PUT applications/{app}/commands", 400, 1));

        assertThat(live.bot.discord().commandsRegistered()).isFalse();
        assertThat(live.bot.discord().registrationProblem()).isPresent();
        RecordedRequest registered = live.discord.awaitRequest(r -> r.is("PUT", "applications/"
                + live.discord.applicationId() + "/commands") && r.status() == 200, WAIT);
        LiveBot.until("the bot knows its commands are registered", () -> live.bot.discord().commandsRegistered());

        assertThat(registered.json().findValuesAsText("name")).contains("coach", "coachadmin");
        live.optIn(ANA);
    }
}
