package dev.rapport.bot.discord.live;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.bot.coach.CoachService;
import dev.rapport.bot.coach.Routine;
import dev.rapport.bot.coach.TipOutbox;
import dev.rapport.bot.coach.DigestViews;
import dev.rapport.bot.coach.WeeklyDigests;
import dev.rapport.bot.digest.ScoreChart;
import dev.rapport.bot.discord.loopback.RecordedRequest;
import dev.rapport.bot.storage.Storage;
import dev.rapport.bot.storage.StorageFactory;
import dev.rapport.bot.storage.config.StorageConfigReader;
import dev.rapport.bot.config.ConfigLoader;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.RuleCatalogue;
import dev.rapport.rules.stats.IsoWeek;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static dev.rapport.bot.discord.live.LiveBot.ANA;
import static dev.rapport.bot.discord.live.LiveBot.GENERAL;
import static dev.rapport.bot.discord.live.LiveBot.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

/** The weekly digest end to end: due in the person's zone, claimed once across processes, sent once by DM. */
@Timeout(value = LiveBot.DEADLINE_SECONDS, unit = TimeUnit.SECONDS)
class DiscordDigestEndToEndTest {
    private static final String NO_SCHEDULE = "rapport.coaching.digest-interval = 1d";

    @TempDir
    Path dir;
    private LiveBot live;
    private final ShiftableClock clock = new ShiftableClock();

    @AfterEach
    void stop() {
        if (live != null) {
            live.close();
        }
    }

    /** Ana opts in with her digest due from midnight of the day a week from now, and writes one message this week. */
    private IsoWeek anaWritesThisWeekWithHerDigestDueNextWeek() {
        String day = Instant.now().plus(Duration.ofDays(7)).atZone(ZoneOffset.UTC).getDayOfWeek().name().toLowerCase(Locale.ROOT);
        JsonNode start = live.answer(live.coach(ANA, "start", "zone", "UTC", "digest-day", day));
        live.answer(live.press(start.path("components").get(0).path("components").get(0).path("custom_id").asText(), ANA));
        live.answer(live.coach(ANA, "settings", "digest-hour", 0L));
        // Three messages: a week is scored from three of one's own on (WeekScore.MIN_MESSAGES).
        live.post(GENERAL, ANA, "Morning all, what are you working on this week?");
        live.post(GENERAL, ANA, "Is anyone else going to the Thursday meetup?");
        live.post(GENERAL, ANA, "I am finishing a small tide-table app, happy to show it once it works.");
        live.answer(live.coach(ANA, "stats"));
        return IsoWeek.of(Instant.now(), ZoneOffset.UTC);
    }

    private List<RecordedRequest> digestsTo(String user) {
        return live.dmsTo(user).stream().filter(r -> r.json().path("content").asText().startsWith("Your week in review")).toList();
    }

    /**
     * The bot's clock moves on a week, and its coach closes the past week in storage, as a running bot's coach does
     * within seconds. Until it has, a digest waits for the week, up to an hour past its moment: with the digest hour
     * at 0, a run between 00:00 and 01:00 UTC would otherwise wait on, and the test with it.
     */
    private void aWeekLater() throws Exception {
        clock.shift(Duration.ofDays(7));
        live.bot.coach().tick().get();
        live.bot.coach().saveChanged().get();
    }

    private Routine digests() {
        return live.bot.routine(WeeklyDigests.NAME).orElseThrow();
    }

    @Test
    void aDigestDueIsSentOnceWithLastWeeksNumbersEvenIfTheRoutineRunsTwice() throws Exception {
        live = LiveBot.start(dir, discord -> { }, NO_SCHEDULE, clock);
        IsoWeek week = anaWritesThisWeekWithHerDigestDueNextWeek();

        digests().run();
        assertThat(digestsTo(ANA)).as("not due before her digest day").isEmpty();
        aWeekLater();
        digests().run();
        digests().run();
        String dm = live.discord.dmChannelIdFor(ANA);
        RecordedRequest digest = live.discord.awaitRequest(r -> r.is("POST", "channels/" + dm + "/messages")
                && r.json().path("content").asText().startsWith("Your week in review"), WAIT);
        // A marker: digests leave before tips, so once a later tip has arrived a second digest would have too.
        for (String channel : java.util.List.of(GENERAL, LiveBot.SHOWCASE, LiveBot.HELP)) {
            live.post(channel, ANA, "Some notes from yesterday's meetup are here https://example.com/notes for anyone curious");
        }
        live.awaitTipTo(ANA);

        JsonNode embed = digest.json().path("embeds").get(0);
        assertThat(embed.path("title").asText()).isEqualTo("Your week " + week);
        assertThat(embed.path("fields").findValuesAsText("value").toString()).contains("messages: 3");
        // The networking score leads the digest, and its chart of the last eight weeks comes attached, with alt text.
        assertThat(embed.path("fields").get(0).path("name").asText()).isEqualTo("Networking score");
        assertThat(embed.path("fields").get(0).path("value").asText()).contains("/ 100").contains("Give first ")
                .contains("Link restraint ");
        String png = "networking-score-" + week + ".png";
        assertThat(embed.path("image").path("url").asText()).isEqualTo("attachment://" + png);
        assertThat(digest.isMultipart()).isTrue();
        assertThat(digest.files()).containsExactly(png);
        assertThat(digest.json().path("attachments").get(0).path("description").asText())
                .startsWith("Bar chart of your networking score over the last 8 weeks");
        assertThat(digestsTo(ANA)).hasSize(1);
        assertThat(live.storage.digests().claimedBy(UserId.of(ANA), week)).isPresent();
    }

    @Test
    void aSecondProcessOnTheSameDatabaseDoesNotSendADigestAlreadyClaimed() throws Exception {
        live = LiveBot.start(dir, discord -> { }, NO_SCHEDULE, clock);
        IsoWeek week = anaWritesThisWeekWithHerDigestDueNextWeek();
        aWeekLater();
        digests().run();
        live.discord.awaitRequest(r -> r.json().path("content").asText().startsWith("Your week in review"), WAIT);

        ConfigLoader loader = new ConfigLoader(RuleCatalogue.standard());
        var config = loader.parse("rapport.storage.data-dir = \"%s\"".formatted(dir.toString().replace("\\", "/")), "second.conf");
        TipOutbox secondOutbox = new TipOutbox(10);
        try (Storage second = new StorageFactory(new StorageConfigReader(), new SecureRandom(), clock).open(config)) {
            CoachService reports = live.bot.coach();
            new WeeklyDigests(second.optIns(), "discord", second.digests(),
                    new DigestViews(reports, second.engineState(), second.communityNames(), new ScoreChart(), Runnable::run), secondOutbox, "second-process",
                    Duration.ofHours(1), clock, dev.rapport.bot.coach.CoachTelemetry.ignored()).run();
            assertThat(second.digests().claimedBy(UserId.of(ANA), week)).isPresent().get().isNotEqualTo("second-process");
        }

        // The second process queued nothing, so it can send nothing.
        assertThat(secondOutbox.size()).isZero();
        assertThat(digestsTo(ANA)).hasSize(1);
    }

    @Test
    void aDigestWhoseDirectMessageFailsIsGivenBackAndSentOnTheNextRun() throws Exception {
        live = LiveBot.start(dir, discord -> { }, NO_SCHEDULE, clock);
        IsoWeek week = anaWritesThisWeekWithHerDigestDueNextWeek();
        aWeekLater();
        live.discord.failNextDirectMessages(1, 400);

        digests().run();
        live.discord.awaitRequest(r -> r.json().path("content").asText().startsWith("Your week in review")
                && r.status() == 400, WAIT);
        LiveBot.until("the claim is given back", () -> live.storage.digests().claimedBy(UserId.of(ANA), week).isEmpty());
        digests().run();

        RecordedRequest sent = live.discord.awaitRequest(r -> r.json().path("content").asText()
                .startsWith("Your week in review") && r.status() == 200, WAIT);
        assertThat(sent.json().path("embeds").get(0).path("title").asText()).isEqualTo("Your week " + week);
        assertThat(live.storage.digests().claimedBy(UserId.of(ANA), week)).isPresent();
    }
}
