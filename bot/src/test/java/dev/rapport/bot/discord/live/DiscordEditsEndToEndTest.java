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

/** MESSAGE_UPDATE and MESSAGE_DELETE from the gateway change the person's numbers. */
@Timeout(value = 40, unit = TimeUnit.SECONDS)
class DiscordEditsEndToEndTest {
    @TempDir
    Path dir;
    private LiveBot live;

    @AfterEach
    void stop() {
        if (live != null) live.close();
    }

    private String statsNumbers() {
        return live.answer(live.coach(ANA, "stats")).path("embeds").get(0).path("fields").findValuesAsText("value").toString();
    }

    @Test
    void editingAMessageToAddALinkCountsTheLink() throws Exception {
        live = LiveBot.start(dir, discord -> { });
        live.optIn(ANA);
        String id = live.post(GENERAL, ANA, "Wrote up some notes from yesterday's meetup for anyone curious");
        assertThat(statsNumbers()).contains("messages: 1").contains("links shared: 0");

        live.discord.messageUpdate(id, "Wrote up some notes from yesterday's meetup for anyone curious https://example.com/notes");

        assertThat(statsNumbers()).contains("messages: 1").contains("links shared: 1");
    }

    @Test
    void deletingAMessageRemovesItFromTheNumbers() throws Exception {
        live = LiveBot.start(dir, discord -> { });
        live.optIn(ANA);
        live.post(GENERAL, ANA, "Morning all, what are you working on this week?");
        String id = live.post(GENERAL, ANA, "Here are my notes https://example.com/notes from the meetup for anyone curious");
        assertThat(statsNumbers()).contains("messages: 2").contains("links shared: 1");

        live.discord.messageDelete(id);

        assertThat(statsNumbers()).contains("messages: 1").contains("links shared: 0");
    }
}
