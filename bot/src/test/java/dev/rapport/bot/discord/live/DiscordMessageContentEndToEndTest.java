package dev.rapport.bot.discord.live;

import dev.rapport.bot.discord.loopback.RecordedRequest;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static dev.rapport.bot.discord.live.LiveBot.ANA;
import static dev.rapport.bot.discord.live.LiveBot.GENERAL;
import static dev.rapport.bot.discord.live.LiveBot.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An application without the Message Content intent enabled in the developer portal (Discord closes with 4014). */
@Timeout(value = LiveBot.DEADLINE_SECONDS, unit = TimeUnit.SECONDS)
class DiscordMessageContentEndToEndTest {
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
    void withAutoTheBotRunsWithoutTheIntentServesSlashCommandsAndTellsTheMemberWhyMessageRulesAreQuiet() throws Exception {
        live = LiveBot.start(dir, discord -> discord.withoutMessageContentIntent(), "rapport.discord.message-content = auto");

        assertThat(live.bot.discord().readsMessageContent()).isFalse();
        live.optIn(ANA);
        live.post(GENERAL, ANA, "Some notes from yesterday's meetup are here https://example.com/notes for anyone curious");
        live.answer(live.coach(ANA, "stats"));

        RecordedRequest notice = live.discord.awaitRequest(r -> r.method().equals("POST")
                && r.route().startsWith("webhooks/") && r.json().path("content").asText().contains("Message Content"), WAIT);
        assertThat(notice.json().path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(live.discord.receivedFrames()).filteredOn(f -> f.op() == 2).hasSize(2);
        assertThat(live.storage.optIns().ofUser(UserId.of(ANA))).hasSize(1);
    }

    @Test
    void withOnTheBotRefusesToStartSayingWhatToEnableAndWhere() {
        assertThatThrownBy(() -> LiveBot.start(dir, discord -> discord.withoutMessageContentIntent(),
                "rapport.discord.message-content = on"))
                .hasMessageContaining("4014")
                .hasMessageContaining("Privileged Gateway Intents > Message Content Intent");
    }

    @Test
    void withOffTheBotNeverAsksForTheIntent() throws Exception {
        live = LiveBot.start(dir, discord -> discord.withoutMessageContentIntent(), "rapport.discord.message-content = off");

        assertThat(live.bot.discord().readsMessageContent()).isFalse();
        assertThat(live.discord.receivedFrames()).filteredOn(f -> f.op() == 2).singleElement()
                .satisfies(identify -> assertThat(identify.data().path("intents").asInt() & (1 << 15)).isZero());
    }
}
