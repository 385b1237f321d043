package dev.rapport.bot.discord.live;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.bot.discord.loopback.RecordedRequest;
import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.rules.config.Goal;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static dev.rapport.bot.discord.live.LiveBot.ANA;
import static dev.rapport.bot.discord.live.LiveBot.GUILD;
import static dev.rapport.bot.discord.live.LiveBot.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

/** What a person wants from the server: chosen at /coach start, carried by the consent button, changed in settings. */
@Timeout(value = LiveBot.DEADLINE_SECONDS, unit = TimeUnit.SECONDS)
class DiscordGoalEndToEndTest {
    @TempDir
    Path dir;
    private LiveBot live;

    @AfterEach
    void stop() {
        if (live != null) {
            live.close();
        }
    }

    private Optional<OptIn> stored() {
        return live.storage.optIns().find("discord", UserId.of(ANA), CommunityId.of(GUILD));
    }

    private String consentButton(JsonNode startAnswer) {
        return startAnswer.path("components").get(0).path("components").get(0).path("custom_id").asText();
    }

    @Test
    void startOffersTheGoalsWithLabelsAndSettingsCanChangeIt() {
        live = startBot();

        RecordedRequest registration = live.discord.awaitRequest(r -> r.is("PUT", "applications/"
                + live.discord.applicationId() + "/commands"), WAIT);
        List<String> startChoices = new ArrayList<>();
        List<String> settingsOptions = new ArrayList<>();
        for (JsonNode command : registration.json()) {
            if (!command.path("name").asText().equals("coach")) {
                continue;
            }
            for (JsonNode sub : command.path("options")) {
                for (JsonNode option : sub.path("options")) {
                    if (!option.path("name").asText().equals("goal")) {
                        continue;
                    }
                    if (sub.path("name").asText().equals("start")) {
                        assertThat(option.path("required").asBoolean()).as("goal is optional").isFalse();
                        option.path("choices").forEach(c -> startChoices.add(c.path("value").asText()));
                    }
                    if (sub.path("name").asText().equals("settings")) {
                        settingsOptions.add("goal");
                    }
                }
            }
        }

        assertThat(startChoices).containsExactly("find-customers", "keep-customers", "find-collaborators", "learn",
                "not-said");
        assertThat(settingsOptions).containsExactly("goal");
    }

    @Test
    void aGoalChosenAtStartTravelsThroughTheConsentButtonEvenWithTheLongestZone() {
        live = startBot();

        JsonNode start = live.answer(live.coach(ANA, "start", "zone", "America/Argentina/ComodRivadavia",
                "digest-day", "wednesday", "goal", "find-collaborators"));
        String consent = consentButton(start);
        JsonNode accepted = live.answer(live.press(consent, ANA));

        assertThat(consent.length()).isLessThanOrEqualTo(100);
        assertThat(start.path("embeds").get(0).path("fields").findValuesAsText("value").toString())
                .contains("goal find collaborators");
        assertThat(accepted.path("content").asText()).startsWith("You're in.");
        assertThat(stored()).hasValueSatisfying(o -> assertThat(o.goal()).contains(Goal.FIND_COLLABORATORS));
        assertThat(live.answer(live.coach(ANA, "settings")).path("content").asText())
                .contains("goal find collaborators");
    }

    @Test
    void withoutAGoalTheServersAppliesUntilThePersonSetsOneAndTheyCanTakeItBack() {
        live = startBot();
        live.optIn(ANA);
        assertThat(stored()).hasValueSatisfying(o -> assertThat(o.goal()).isEmpty());

        String learn = live.answer(live.coach(ANA, "settings", "goal", "learn")).path("content").asText();
        Optional<Goal> afterLearn = stored().flatMap(OptIn::goal);
        String notSaid = live.answer(live.coach(ANA, "settings", "goal", "not-said")).path("content").asText();

        assertThat(learn).contains("goal learn");
        assertThat(afterLearn).contains(Goal.LEARN);
        assertThat(notSaid).contains("goal not said (this server's goal applies)");
        assertThat(stored()).hasValueSatisfying(o -> assertThat(o.goal()).isEmpty());
    }

    @Test
    void aGoalThatIsNotOneOfTheChoicesIsRefusedSayingWhatIsAllowedAndChangesNothing() {
        live = startBot();
        live.optIn(ANA);
        live.answer(live.coach(ANA, "settings", "goal", "keep-customers"));

        String refused = live.answer(live.coach(ANA, "settings", "goal", "get rich", "digest-hour", 7L))
                .path("content").asText();

        assertThat(refused).startsWith("⚠️").contains("'get rich' is not a goal").contains("find-collaborators");
        assertThat(stored()).hasValueSatisfying(o -> {
            assertThat(o.goal()).contains(Goal.KEEP_CUSTOMERS);
            assertThat(o.digestHour()).isEqualTo(9);
        });
    }

    @Test
    void aConsentButtonMadeBeforeGoalsExistedStillWorksAndSaysNothingAboutAGoal() {
        live = startBot();

        JsonNode accepted = live.answer(live.press("coach:consent:UTC:MONDAY", ANA));

        assertThat(accepted.path("content").asText()).startsWith("You're in.");
        assertThat(stored()).hasValueSatisfying(o -> assertThat(o.goal()).isEmpty());
    }

    private LiveBot startBot() {
        try {
            return LiveBot.start(dir, discord -> { });
        } catch (Exception e) {
            throw new AssertionError("the bot did not start", e);
        }
    }
}
