package dev.rapport.bot.discord.live;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.bot.discord.loopback.MessageDraft;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static dev.rapport.bot.discord.live.LiveBot.ANA;
import static dev.rapport.bot.discord.live.LiveBot.BEN;
import static dev.rapport.bot.discord.live.LiveBot.GENERAL;
import static dev.rapport.bot.discord.live.LiveBot.SHOWCASE;
import static org.assertj.core.api.Assertions.assertThat;

/** Forwards are shares, not replies or unreadable messages; reactions reach the coach (the reactions intent). */
@Timeout(value = LiveBot.DEADLINE_SECONDS, unit = TimeUnit.SECONDS)
class DiscordForwardsAndReactionsEndToEndTest {
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
    void aForwardCountsAsAMessageSharingItsLinksNotAsAReplyAndBringsNoContentNotice() throws Exception {
        live = LiveBot.start(dir, discord -> { });
        live.optIn(ANA);
        String original = live.post(GENERAL, BEN, "We wrote up the meetup here https://example.com/meetup-notes");

        live.discord.messageCreate(MessageDraft.forward(SHOWCASE, ANA, original));
        JsonNode stats = live.answer(live.coach(ANA, "stats"));

        String numbers = stats.path("embeds").get(0).path("fields").findValuesAsText("value").toString();
        assertThat(numbers).contains("messages: 1").contains("replies given: 0").contains("links shared: 1");
        // The answer's follow-ups (a notice would be one) are sent before the next command's answer is edited.
        live.answer(live.coach(ANA, "tips"));
        assertThat(live.discord.requests()).noneMatch(r -> r.route().startsWith("webhooks/")
                && r.json().path("content").asText().contains("Message Content"));
    }

    @Test
    void aReactionByACoachedMemberIsCountedAsGiving() throws Exception {
        live = LiveBot.start(dir, discord -> { });
        live.optIn(ANA);
        String bens = live.post(GENERAL, BEN, "Finally shipped the new portfolio site this morning");

        live.discord.reactionAdd(bens, ANA, "🎉");
        live.answer(live.coach(ANA, "stats"));
        live.bot.coach().saveChanged().get();

        assertThat(live.bot.discord().readsMessageContent()).isTrue();
        assertThat(live.discord.receivedFrames()).filteredOn(f -> f.op() == 2).singleElement()
                .satisfies(identify -> assertThat(identify.data().path("intents").asInt() & (1 << 10)).isNotZero());
        assertThat(live.storage.personalData().export(UserId.of(ANA)).replaceAll("\\s", "")).contains("\"reactionsGiven\":1");
    }
}
