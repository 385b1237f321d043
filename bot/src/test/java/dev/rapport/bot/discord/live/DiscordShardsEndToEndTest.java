package dev.rapport.bot.discord.live;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static dev.rapport.bot.discord.live.LiveBot.ANA;
import static dev.rapport.bot.discord.live.LiveBot.GENERAL;
import static org.assertj.core.api.Assertions.assertThat;

/** A process told to run a fixed range of shards identifies each of them and coaches as usual. */
@Timeout(value = LiveBot.DEADLINE_SECONDS, unit = TimeUnit.SECONDS)
class DiscordShardsEndToEndTest {
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
    void aFixedShardRangeIdentifiesEachShardOfTheRange() throws Exception {
        live = LiveBot.start(dir, discord -> { }, "rapport.discord.shards { total = 2, first = 0, last = 1 }");
        assertThat(live.discord.receivedFrames())
                .filteredOn(f -> f.op() == dev.rapport.bot.discord.loopback.GatewayFrame.IDENTIFY)
                .extracting(f -> f.data().path("shard").toString())
                .contains("[0,2]", "[1,2]");
        live.optIn(ANA);
        live.post(GENERAL, ANA, "Morning all, what are you working on this week?");
        String stats = live.answer(live.coach(ANA, "stats")).path("embeds").get(0).path("fields")
                .findValuesAsText("value").toString();
        assertThat(stats).contains("messages: 1");
    }
}
