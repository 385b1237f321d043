package dev.rapport.bot.discord.live;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static dev.rapport.bot.discord.live.LiveBot.ANA;
import static dev.rapport.bot.discord.live.LiveBot.GUILD;
import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of time-zone id survives the consent button's custom id: regions, offsets, prefixed offsets. */
@Timeout(value = LiveBot.DEADLINE_SECONDS, unit = TimeUnit.SECONDS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordConsentZonesEndToEndTest {
    private LiveBot live;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        live = LiveBot.start(dir, discord -> { });
    }

    @AfterAll
    void stop() {
        if (live != null) {
            live.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Z", "Europe/Berlin", "America/Argentina/ComodRivadavia", "+02:00", "-09:30",
            "UTC+05:30", "GMT-03:00", "UT+01:00", "Etc/GMT+5", "+14:00"})
    void aMemberInThisZoneCanOptIn(String zone) {
        JsonNode start = live.answer(live.coach(ANA, "start", "zone", zone));
        String consent = start.path("components").get(0).path("components").get(0).path("custom_id").asText();

        JsonNode accepted = live.answer(live.press(consent, ANA));

        assertThat(consent.length()).isLessThanOrEqualTo(100);
        assertThat(accepted.path("content").asText()).startsWith("You're in.");
        assertThat(live.storage.optIns().find("discord", UserId.of(ANA), CommunityId.of(GUILD)))
                .hasValueSatisfying(o -> assertThat(o.zone().getId()).isEqualTo(java.time.ZoneId.of(zone).getId()));
    }
}
