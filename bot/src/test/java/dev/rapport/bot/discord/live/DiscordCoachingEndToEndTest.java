package dev.rapport.bot.discord.live;

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

import dev.rapport.rules.stats.IsoWeek;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.rapport.bot.discord.live.LiveBot.ANA;
import static dev.rapport.bot.discord.live.LiveBot.BEN;
import static dev.rapport.bot.discord.live.LiveBot.CLEO;
import static dev.rapport.bot.discord.live.LiveBot.GENERAL;
import static dev.rapport.bot.discord.live.LiveBot.GUILD;
import static dev.rapport.bot.discord.live.LiveBot.HELP;
import static dev.rapport.bot.discord.live.LiveBot.SHOWCASE;
import static org.assertj.core.api.Assertions.assertThat;

/** The live bot end to end: a real JDA client against a loopback Discord, real SQLite storage, the real engine. */
@Timeout(value = 40, unit = TimeUnit.SECONDS)
class DiscordCoachingEndToEndTest {
    private static final int EPHEMERAL = 64;

    @TempDir
    Path dir;
    private LiveBot live;

    @AfterEach
    void stop() {
        if (live != null) live.close();
    }

    private LiveBot start() throws Exception {
        live = LiveBot.start(dir, discord -> { });
        return live;
    }

    /** A neutral message (no pitch, not link-first) carrying the same link, into three channels. */
    private void crossPost(LiveBot live, String author, String link) {
        for (String channel : List.of(GENERAL, SHOWCASE, HELP)) {
            live.post(channel, author, "Some notes from yesterday's meetup are here " + link + " for anyone curious");
        }
    }

    @Test
    void coachStartShowsWhatIsCollectedAndTheConsentButtonEnrolsTheMember() throws Exception {
        LiveBot live = start();

        InteractionIds start = live.coach(ANA, "start", "zone", "Europe/Berlin", "digest-day", "friday");

        assertThat(live.callback(start).json().path("data").path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        JsonNode shown = live.answer(start);
        assertThat(shown.path("embeds").get(0).path("description").asText())
                .contains("What I look at").contains("What I never keep");
        JsonNode buttons = shown.path("components").get(0).path("components");
        // The last part is the goal: "-" when none was chosen (the server's goal applies).
        assertThat(buttons.get(0).path("custom_id").asText()).isEqualTo("coach:consent:Europe/Berlin:FRIDAY:-");
        assertThat(live.storage.optIns().find("discord", UserId.of(ANA), CommunityId.of(GUILD))).isEmpty();

        JsonNode accepted = live.answer(live.press(buttons.get(0).path("custom_id").asText(), ANA));

        assertThat(accepted.path("content").asText()).startsWith("You're in.");
        assertThat(live.storage.optIns().find("discord", UserId.of(ANA), CommunityId.of(GUILD)))
                .hasValueSatisfying(o -> {
                    assertThat(o.zone().getId()).isEqualTo("Europe/Berlin");
                    assertThat(o.digestDay()).hasToString("FRIDAY");
                });
    }

    @Test
    void optedInMemberCrossPostingALinkGetsExactlyOneTipWithThreeButtonsAndNoSecondWithinTheCooldown() throws Exception {
        // links.burst would also fire on the second round (six links in minutes): off, so only the cooldown speaks.
        live = LiveBot.start(dir, discord -> { }, "rapport.rules.links.burst.mode = off");
        live.optIn(ANA);

        crossPost(live, ANA, "https://example.com/notes");
        RecordedRequest tip = live.awaitTipTo(ANA);
        crossPost(live, ANA, "https://example.org/more-notes");
        live.awaitMarker();

        assertThat(tip.json().path("embeds").get(0).path("footer").path("text").asText()).contains("links.repeat");
        JsonNode buttons = tip.json().path("components").get(0).path("components");
        assertThat(buttons).hasSize(3);
        assertThat(buttons.findValuesAsText("label")).containsExactly("Helpful", "Snooze 24 h", "Mute this rule");
        assertThat(live.tipsTo(ANA)).hasSize(1);
        assertThat(live.storage.tips().ofUser(UserId.of(ANA))).hasSize(1);
    }

    @Test
    void memberWhoDidNotOptInGetsNothingForTheSameCrossPosting() throws Exception {
        LiveBot live = start();
        live.optIn(ANA);

        crossPost(live, BEN, "https://example.com/notes");
        live.awaitMarker();

        assertThat(live.dmsTo(BEN)).isEmpty();
        assertThat(live.storage.tips().ofUser(UserId.of(BEN))).isEmpty();
    }

    @Test
    void aLinkThatAnswersQuestionsGetsNoTip() throws Exception {
        LiveBot live = start();
        live.optIn(ANA);

        String q1 = live.post(GENERAL, BEN, "Does anyone know a good guide to pricing freelance work?");
        String q2 = live.post(SHOWCASE, CLEO, "How do you all decide what to charge for a logo?");
        String q3 = live.post(HELP, BEN, "Any advice on pricing a website project?");
        for (String[] q : new String[][]{{GENERAL, q1}, {SHOWCASE, q2}, {HELP, q3}}) {
            live.reply(q[0], ANA, q[1], "This guide helped me a lot with exactly that https://example.com/pricing-guide");
        }
        JsonNode stats = live.answer(live.coach(ANA, "stats"));
        live.awaitMarker();

        String numbers = stats.path("embeds").get(0).path("fields").findValuesAsText("value").toString();
        assertThat(numbers).contains("messages: 3").contains("links shared: 0");
        assertThat(live.tipsTo(ANA)).isEmpty();
    }

    @Test
    void coachStatsAnswersWithAnEphemeralEmbedOfTheWeek() throws Exception {
        LiveBot live = start();
        live.optIn(ANA);
        live.post(GENERAL, ANA, "Morning all, what are you working on this week?");

        InteractionIds stats = live.coach(ANA, "stats");

        assertThat(live.callback(stats).json().path("data").path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        JsonNode embed = live.answer(stats).path("embeds").get(0);
        assertThat(embed.path("title").asText()).startsWith("Your week ");
        assertThat(embed.path("fields").findValuesAsText("value").toString()).contains("messages: 1");
    }

    @Test
    void coachForgetAfterConfirmationLeavesNothingInStorage() throws Exception {
        LiveBot live = start();
        live.optIn(ANA);
        crossPost(live, ANA, "https://example.com/notes");
        RecordedRequest tip = live.awaitTipTo(ANA);
        String helpful = tip.json().path("components").get(0).path("components").get(0).path("custom_id").asText();
        live.answer(live.press(helpful, ANA));
        assertThat(live.storage.tips().ofUser(UserId.of(ANA))).singleElement()
                .satisfies(t -> assertThat(t.feedback()).contains(Feedback.HELPFUL));

        JsonNode question = live.answer(live.coach(ANA, "forget"));
        String confirm = question.path("components").get(0).path("components").get(0).path("custom_id").asText();
        JsonNode done = live.answer(live.press(confirm, ANA));

        assertThat(done.path("content").asText()).startsWith("Done: I deleted everything");
        UserId ana = UserId.of(ANA);
        assertThat(live.storage.optIns().ofUser(ana)).isEmpty();
        assertThat(live.storage.tips().ofUser(ana)).isEmpty();
        assertThat(live.bot.coach().report(ana, IsoWeek.of(Instant.now(), ZoneOffset.UTC)).get()).isEmpty();
    }

    @Test
    void dmTextCommandsAnswerStatsHelpAndStop() throws Exception {
        LiveBot live = start();
        live.optIn(ANA);
        live.post(GENERAL, ANA, "Morning all, what are you working on this week?");
        String dm = live.discord.dmChannelIdFor(ANA);

        live.discord.messageCreate(dev.rapport.bot.discord.loopback.MessageDraft.direct(ANA, "stats"));
        RecordedRequest stats = live.discord.awaitRequest(r -> r.is("POST", "channels/" + dm + "/messages")
                && r.json().path("embeds").size() > 0, LiveBot.WAIT);
        live.discord.messageCreate(dev.rapport.bot.discord.loopback.MessageDraft.direct(ANA, "what can you do?"));
        RecordedRequest help = live.discord.awaitRequest(r -> r.is("POST", "channels/" + dm + "/messages")
                && r.json().path("content").asText().contains("`forget`"), LiveBot.WAIT);
        live.discord.messageCreate(dev.rapport.bot.discord.loopback.MessageDraft.direct(ANA, "stop"));
        live.discord.awaitRequest(r -> r.is("POST", "channels/" + dm + "/messages")
                && r.json().path("content").asText().startsWith("Coaching stopped everywhere"), LiveBot.WAIT);

        assertThat(stats.json().path("embeds").get(0).path("fields").findValuesAsText("value").toString())
                .contains("messages: 1");
        assertThat(help.json().path("content").asText()).contains("`stats`");
        assertThat(live.storage.optIns().ofUser(UserId.of(ANA))).isEmpty();
    }
}
