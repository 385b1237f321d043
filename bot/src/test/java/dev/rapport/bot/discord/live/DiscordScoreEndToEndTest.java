package dev.rapport.bot.discord.live;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.bot.discord.loopback.InteractionIds;
import dev.rapport.bot.discord.loopback.RecordedRequest;
import dev.rapport.rules.stats.IsoWeek;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

import static dev.rapport.bot.discord.live.LiveBot.ANA;
import static dev.rapport.bot.discord.live.LiveBot.GENERAL;
import static dev.rapport.bot.discord.live.LiveBot.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

/** The networking score in Discord: /coach stats with its chart, an earlier week, and /coach why rule:score. */
class DiscordScoreEndToEndTest {
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
    void coachStatsShowsTheScoreWithItsChartAttachedToTheEphemeralReply() throws Exception {
        live = LiveBot.start(dir, discord -> { });
        live.optIn(ANA);
        live.post(GENERAL, ANA, "Morning all, what are you working on this week?");
        live.post(GENERAL, ANA, "Is anyone else going to the Thursday meetup?");
        live.post(GENERAL, ANA, "I am finishing a small tide-table app, happy to show it once it works.");

        InteractionIds stats = live.coach(ANA, "stats");

        assertThat(live.callback(stats).json().path("data").path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        RecordedRequest edit = live.discord.awaitRequest(r -> r.is("PATCH", live.webhook(stats) + "/messages/@original"), WAIT);
        IsoWeek week = IsoWeek.of(Instant.now(), ZoneOffset.UTC);
        String png = "networking-score-" + week + ".png";
        assertThat(edit.isMultipart()).isTrue();
        assertThat(edit.files()).containsExactly(png);
        JsonNode embed = edit.json().path("embeds").get(0);
        assertThat(embed.path("fields").get(0).path("name").asText()).isEqualTo("Networking score");
        assertThat(embed.path("fields").get(0).path("value").asText()).contains(" / 100");
        assertThat(embed.path("image").path("url").asText()).isEqualTo("attachment://" + png);
        assertThat(edit.json().path("attachments").get(0).path("description").asText()).contains("This week: give first");
    }

    @Test
    void coachStatsForAWeekOfOneMessageSaysItIsTooFewToScore() throws Exception {
        live = LiveBot.start(dir, discord -> { });
        live.optIn(ANA);
        live.post(GENERAL, ANA, "Morning all, what are you working on this week?");

        InteractionIds stats = live.coach(ANA, "stats");

        RecordedRequest edit = live.discord.awaitRequest(r -> r.is("PATCH", live.webhook(stats) + "/messages/@original"), WAIT);
        JsonNode embed = edit.json().path("embeds").get(0);
        assertThat(embed.path("fields").get(0).path("value").asText())
                .isEqualTo("No score this week: 1 message of your own is too few to judge a week by.");
    }

    @Test
    void coachStatsForAWeekWithoutNumbersSaysSo() throws Exception {
        live = LiveBot.start(dir, discord -> { });
        live.optIn(ANA);
        live.post(GENERAL, ANA, "Morning all!");

        JsonNode lastWeek = live.answer(live.coach(ANA, "stats", "week", "1"));
        IsoWeek week = IsoWeek.of(Instant.now(), ZoneOffset.UTC).previous();
        assertThat(lastWeek.path("content").asText()).isEqualTo("Nothing recorded for week " + week + " yet.");

        JsonNode bad = live.answer(live.coach(ANA, "stats", "week", "last tuesday"));
        assertThat(bad.path("content").asText()).contains("is not a week").contains("1 for last week");
    }

    @Test
    void coachWhyScoreExplainsEachPillar() throws Exception {
        live = LiveBot.start(dir, discord -> { });
        live.optIn(ANA);

        JsonNode why = live.answer(live.coach(ANA, "why", "rule", "score"));

        JsonNode embed = why.path("embeds").get(0);
        assertThat(embed.path("title").asText()).isEqualTo("Your networking score");
        assertThat(embed.path("fields").findValuesAsText("name")).containsExactly("Give first (25 points)",
                "Converse (25 points)", "Reach customers (25 points)", "Link restraint (25 points)");
        assertThat(embed.path("fields").get(3).path("value").asText()).contains("minus 5 for each link drop");
    }
}
