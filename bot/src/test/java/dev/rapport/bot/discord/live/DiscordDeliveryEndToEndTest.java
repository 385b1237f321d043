package dev.rapport.bot.discord.live;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.bot.discord.loopback.RecordedRequest;
import dev.rapport.bot.storage.ledger.DeliveryChannel;
import dev.rapport.bot.storage.ledger.TipRecord;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.rapport.bot.discord.live.LiveBot.ANA;
import static dev.rapport.bot.discord.live.LiveBot.GENERAL;
import static dev.rapport.bot.discord.live.LiveBot.HELP;
import static dev.rapport.bot.discord.live.LiveBot.SHOWCASE;
import static dev.rapport.bot.discord.live.LiveBot.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

/** At-least-once delivery: failures are retried with one idempotency key, restarts lose nothing, one moment one DM. */
@Timeout(value = LiveBot.DEADLINE_SECONDS, unit = TimeUnit.SECONDS)
class DiscordDeliveryEndToEndTest {
    @TempDir
    Path dir;
    private LiveBot live;

    @AfterEach
    void stop() {
        if (live != null) {
            live.close();
        }
    }

    private void crossPost(String text) {
        for (String channel : List.of(GENERAL, SHOWCASE, HELP)) {
            live.post(channel, ANA, text);
        }
    }

    private List<TipRecord> tipsOfAna() {
        return live.storage.tips().ofUser(UserId.of(ANA));
    }

    @Test
    void aDirectMessageThatFailsIsSentAgainWithTheSameIdempotencyKeyAndTheTipIsKept() throws Exception {
        live = LiveBot.start(dir, discord -> { });
        live.optIn(ANA);
        // JDA itself retries a 5xx a few times; a 400 (or its giving up) is the bot's to handle.
        live.discord.failNextDirectMessages(2, 400);
        String dm = live.discord.dmChannelIdFor(ANA);

        crossPost("Some notes from yesterday's meetup are here https://example.com/notes for anyone curious");
        RecordedRequest delivered = live.discord.awaitRequest(r -> r.is("POST", "channels/" + dm + "/messages")
                && r.status() == 200 && r.json().path("components").size() > 0, WAIT);

        List<RecordedRequest> attempts = live.dmsTo(ANA).stream().filter(r -> r.json().path("components").size() > 0).toList();
        assertThat(attempts).extracting(RecordedRequest::status).containsExactly(400, 400, 200);
        assertThat(attempts).extracting(r -> r.json().path("nonce").asText()).containsOnly(delivered.json().path("nonce").asText());
        assertThat(delivered.json().path("enforce_nonce").asBoolean()).isTrue();
        LiveBot.until("the tip is recorded as sent", () -> tipsOfAna().stream().allMatch(t -> t.channel() == DeliveryChannel.DM));
        assertThat(tipsOfAna()).isNotEmpty();
    }

    @Test
    void aTipThatKeepsFailingWaitsForTheNextCommandInsteadOfBeingLost() throws Exception {
        live = LiveBot.start(dir, discord -> { }, "rapport.coaching.send-attempts = 3");
        live.optIn(ANA);
        live.discord.failNextDirectMessages(3, 400);

        crossPost("Some notes from yesterday's meetup are here https://example.com/notes for anyone curious");
        LiveBot.until("the tip waits after three failed attempts", () -> !tipsOfAna().isEmpty()
                && tipsOfAna().stream().allMatch(t -> t.channel() == DeliveryChannel.WAITING));
        var tips = live.coach(ANA, "tips");
        RecordedRequest shown = live.discord.awaitRequest(r -> r.is("POST", live.webhook(tips))
                && r.json().path("embeds").size() > 0, WAIT);

        assertThat(live.dmsTo(ANA).stream().filter(r -> r.json().path("components").size() > 0)).hasSize(3);
        assertThat(shown.json().path("embeds").get(0).path("footer").path("text").asText()).contains("links.");
    }

    @Test
    void aTipEnteredButNotYetSentIsSentAfterARestart() throws Exception {
        live = LiveBot.start(dir, discord -> { }, "rapport.coaching.together-window = 2s");
        live.optIn(ANA);
        crossPost("Some notes from yesterday's meetup are here https://example.com/notes for anyone curious");
        LiveBot.until("the tip is entered", () -> tipsOfAna().stream().anyMatch(t -> t.channel() == DeliveryChannel.PENDING));
        live.close();
        assertThat(live.tipsTo(ANA)).isEmpty();

        live = LiveBot.start(dir, discord -> { });
        RecordedRequest tip = live.awaitTipTo(ANA);

        assertThat(tip.json().path("embeds").get(0).path("footer").path("text").asText()).contains("links.");
        LiveBot.until("the tip is recorded as sent", () -> tipsOfAna().stream().allMatch(t -> t.channel() == DeliveryChannel.DM));
    }

    @Test
    void findingsOfOneMomentGoAsOneDirectMessageWithOneRowOfButtonsPerTip() throws Exception {
        // A window wide enough that a slow machine still sees the three posts as one moment.
        live = LiveBot.start(dir, discord -> { }, "rapport.coaching.together-window = 3s");
        live.optIn(ANA);

        // One burst of cross-posting: the same link in three channels (links.repeat), six links in minutes
        // (links.burst), a pitch for her own course (promo.self): several rules speak about one moment.
        crossPost("Check out my new course, launching today with 20% off for this community: https://anas-course.com/join");
        crossPost("And the workbook that goes with my course is here: https://anas-course.com/workbook");
        RecordedRequest dm = live.awaitTipTo(ANA);
        live.answer(live.coach(ANA, "stats"));

        JsonNode embed = dm.json().path("embeds").get(0);
        int tips = tipsOfAna().size();
        assertThat(tips).as("several rules spoke about this cross-post").isGreaterThan(1);
        assertThat(dm.json().path("components")).hasSize(tips);
        assertThat(embed.path("fields").findValuesAsText("name")).contains("Also");
        assertThat(embed.path("fields").findValuesAsText("value").toString()).contains("also: ");
        LiveBot.until("all of them sent", () -> tipsOfAna().stream().allMatch(t -> t.channel() == DeliveryChannel.DM));
        assertThat(live.tipsTo(ANA)).hasSize(1);
    }
}
