package dev.rapport.bot.discord.live;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.bot.discord.loopback.InteractionIds;
import dev.rapport.bot.discord.loopback.RecordedRequest;
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

/** Closed DMs, a gateway RESUME that replays a message, and bad command options. */
@Timeout(value = LiveBot.DEADLINE_SECONDS, unit = TimeUnit.SECONDS)
class DiscordFaultsEndToEndTest {
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
    void withDmsClosedTheConsentWarnsAndTheTipIsShownEphemerallyOnTheNextCoachCommand() throws Exception {
        live = LiveBot.start(dir, discord -> discord.dmsClosedFor(ANA));
        JsonNode start = live.answer(live.coach(ANA, "start", "zone", "UTC"));
        String consent = start.path("components").get(0).path("components").get(0).path("custom_id").asText();
        JsonNode accepted = live.answer(live.press(consent, ANA));
        assertThat(accepted.path("content").asText()).contains("DMs are closed");

        for (String channel : List.of(GENERAL, SHOWCASE, HELP)) {
            live.post(channel, ANA, "Some notes from yesterday's meetup are here https://example.com/notes for anyone curious");
        }
        String dm = live.discord.dmChannelIdFor(ANA);
        live.discord.awaitRequest(r -> r.is("POST", "channels/" + dm + "/messages") && r.status() == 403
                && r.json().path("components").size() > 0, WAIT);
        // The bot learns of the 403 a moment after the server answered it: the first command after that shows the tip.
        LiveBot.until("the tip waits in the ledger", () -> live.storage.tips().ofUser(dev.rapport.rules.model.UserId.of(ANA))
                .stream().anyMatch(t -> t.channel() == dev.rapport.bot.storage.ledger.DeliveryChannel.WAITING));
        InteractionIds tips = live.coach(ANA, "tips");
        RecordedRequest followUp = live.discord.awaitRequest(r -> r.is("POST", live.webhook(tips)), WAIT);
        assertThat(followUp.json().path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(followUp.json().path("embeds").get(0).path("footer").path("text").asText()).contains("links.repeat");
        assertThat(followUp.json().path("components").get(0).path("components")).hasSize(3);
        assertThat(live.discord.requests()).noneMatch(r -> r.method().equals("POST")
                && List.of("channels/" + GENERAL + "/messages", "channels/" + SHOWCASE + "/messages",
                "channels/" + HELP + "/messages").contains(r.route()));
    }

    @Test
    void aTipWaitingForClosedDmsSurvivesARestartAndIsShownOnce() throws Exception {
        live = LiveBot.start(dir, discord -> discord.dmsClosedFor(ANA));
        live.optIn(ANA);
        for (String channel : List.of(GENERAL, SHOWCASE, HELP)) {
            live.post(channel, ANA, "Some notes from yesterday's meetup are here https://example.com/notes for anyone curious");
        }
        String dm = live.discord.dmChannelIdFor(ANA);
        live.discord.awaitRequest(r -> r.is("POST", "channels/" + dm + "/messages") && r.status() == 403, WAIT);
        LiveBot.until("the tip waits in the ledger", () -> live.storage.tips().ofUser(dev.rapport.rules.model.UserId.of(ANA))
                .stream().anyMatch(t -> t.channel() == dev.rapport.bot.storage.ledger.DeliveryChannel.WAITING));
        live.close();

        live = LiveBot.start(dir, discord -> discord.dmsClosedFor(ANA));
        InteractionIds tips = live.coach(ANA, "tips");
        live.answer(tips);
        RecordedRequest followUp = live.discord.awaitRequest(r -> r.is("POST", live.webhook(tips)), WAIT);
        assertThat(followUp.json().path("embeds").get(0).path("footer").path("text").asText()).contains("links.repeat");
        // Recorded as shown once the follow-up was displayed: nothing waits any more, so nothing can be shown twice.
        LiveBot.until("the shown tip is recorded as shown", () -> live.storage.tips()
                .ofUser(dev.rapport.rules.model.UserId.of(ANA)).stream()
                .allMatch(t -> t.channel() == dev.rapport.bot.storage.ledger.DeliveryChannel.EPHEMERAL));
        assertThat(live.storage.tips().ofUser(dev.rapport.rules.model.UserId.of(ANA))).hasSize(1);
    }

    @Test
    void aWaitingTipWhoseFollowUpFailsKeepsWaitingAndIsShownWithTheNextCommand() throws Exception {
        live = LiveBot.start(dir, discord -> discord.dmsClosedFor(ANA));
        live.optIn(ANA);
        for (String channel : List.of(GENERAL, SHOWCASE, HELP)) {
            live.post(channel, ANA, "Some notes from yesterday's meetup are here https://example.com/notes for anyone curious");
        }
        LiveBot.until("the tip waits", () -> live.storage.tips().ofUser(dev.rapport.rules.model.UserId.of(ANA)).stream()
                .anyMatch(t -> t.channel() == dev.rapport.bot.storage.ledger.DeliveryChannel.WAITING));
        live.discord.failNext("POST webhooks/{app}/{token}", 400, 1);

        InteractionIds first = live.coach(ANA, "tips");
        live.discord.awaitRequest(r -> r.is("POST", live.webhook(first)) && r.status() == 400, WAIT);
        InteractionIds second = live.coach(ANA, "tips");
        RecordedRequest shown = live.discord.awaitRequest(r -> r.is("POST", live.webhook(second)) && r.status() == 200, WAIT);

        assertThat(shown.json().path("embeds").get(0).path("footer").path("text").asText()).contains("links.repeat");
        LiveBot.until("recorded as shown once displayed", () -> live.storage.tips().ofUser(dev.rapport.rules.model.UserId.of(ANA))
                .stream().allMatch(t -> t.channel() == dev.rapport.bot.storage.ledger.DeliveryChannel.EPHEMERAL));
    }

    @Test
    void aMessageReplayedByAGatewayResumeIsCountedOnce() throws Exception {
        live = LiveBot.start(dir, discord -> { });
        live.optIn(ANA);
        String id = live.post(GENERAL, ANA, "Morning all, what are you working on this week?");
        assertThat(numbers(live.answer(live.coach(ANA, "stats")))).contains("messages: 1");
        int seq = live.discord.awaitDispatch(d -> d.type().equals("MESSAGE_CREATE")
                && d.data().path("id").asText().equals(id), WAIT).seq();

        live.discord.redeliverOnNextResume(seq);
        live.discord.dropConnection();
        LiveBot.until("the replayed message is recognised", () -> live.bot.coach().duplicatesIgnored().join() > 0);

        assertThat(live.bot.coach().duplicatesIgnored().get()).isEqualTo(1);
        assertThat(numbers(live.answer(live.coach(ANA, "stats")))).contains("messages: 1");
    }

    @Test
    void invalidOptionsAreRefusedEphemerallySayingWhatIsAllowed() throws Exception {
        live = LiveBot.start(dir, discord -> { });
        live.optIn(ANA);

        assertThat(error(live.coach(ANA, "settings", "digest-hour", 25L))).contains("from 0 to 23");
        assertThat(error(live.coach(ANA, "settings", "zone", "Mars/Olympus"))).contains("Europe/Berlin");
        assertThat(error(live.coach(ANA, "settings", "frequency", "hourly"))).contains("realtime, daily, weekly");
        assertThat(error(live.coach(ANA, "why", "rule", "links.spam"))).contains("links.repeat");
        assertThat(error(live.coach(ANA, "stats", "week", "soon"))).contains("2026-W05");
        assertThat(live.storage.optIns().ofUser(dev.rapport.rules.model.UserId.of(ANA)))
                .singleElement().satisfies(o -> assertThat(o.zone().getId()).isEqualTo("UTC"));
    }

    private String error(InteractionIds ids) {
        assertThat(live.callback(ids).json().path("data").path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        String content = live.answer(ids).path("content").asText();
        assertThat(content).startsWith("⚠️");
        return content;
    }

    private static String numbers(JsonNode answer) {
        return answer.path("embeds").get(0).path("fields").findValuesAsText("value").toString();
    }

    @Test
    void whenMessageTextIsUnavailableTheMemberIsToldOnceOnTheirNextCoachCommand() throws Exception {
        // ANA's DMs are closed, so a tip waits for her next command: its follow-up comes after any notice would.
        live = LiveBot.start(dir, discord -> discord.dmsClosedFor(ANA));
        live.optIn(ANA);
        // What Discord sends a bot without the Message Content intent: the message, without its text.
        live.post(GENERAL, ANA, "");

        live.answer(live.coach(ANA, "stats"));
        RecordedRequest notice = live.discord.awaitRequest(r -> r.method().equals("POST")
                && r.route().startsWith("webhooks/") && r.json().path("content").asText().contains("Message Content"), WAIT);
        live.post(GENERAL, ANA, "");
        for (String channel : List.of(GENERAL, SHOWCASE, HELP)) {
            live.post(channel, ANA, "Some notes from yesterday's meetup are here https://example.com/notes for anyone curious");
        }
        LiveBot.until("a tip waits", () -> live.storage.tips().ofUser(dev.rapport.rules.model.UserId.of(ANA)).stream()
                .anyMatch(t -> t.channel() == dev.rapport.bot.storage.ledger.DeliveryChannel.WAITING));
        InteractionIds marker = live.coach(ANA, "tips");
        live.discord.awaitRequest(r -> r.is("POST", live.webhook(marker)) && r.json().path("embeds").size() > 0, WAIT);

        assertThat(notice.json().path("content").asText()).contains("cannot read the text of your messages");
        assertThat(notice.json().path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(live.discord.requests()).filteredOn(r -> r.route().startsWith("webhooks/")
                && r.json().path("content").asText().contains("Message Content")).hasSize(1);
    }

    @Test
    void aNewTimeZoneReachesTheCoachAndIsKeptForARestart() throws Exception {
        live = LiveBot.start(dir, discord -> { });
        live.optIn(ANA);
        live.post(GENERAL, ANA, "Morning all, what are you working on this week?");
        live.answer(live.coach(ANA, "stats"));

        live.answer(live.coach(ANA, "settings", "zone", "Asia/Tokyo"));
        live.bot.coach().saveChanged().get();

        assertThat(live.storage.engineState().ofUser(dev.rapport.rules.model.UserId.of(ANA)))
                .isNotEmpty().allSatisfy(s -> assertThat(s.zone().getId()).isEqualTo("Asia/Tokyo"));
    }
}
