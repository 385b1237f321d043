package dev.rapport.bot.importer.discord;

import dev.rapport.bot.importer.EventOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The skim that lets an export already in time order be read once, straight through. */
class DiscordExportOrderTest {
    private static final String HEADER = "{\"guild\":{\"id\":\"1\",\"name\":\"G\"},\"channel\":{\"id\":\"2\","
            + "\"type\":\"GuildTextChat\",\"name\":\"general\"},\"dateRange\":{\"after\":null,\"before\":null},"
            + "\"messages\":[";
    private static final String FOOTER = "],\"messageCount\":0}";

    @TempDir
    Path temp;

    private static String message(String id, String timestamp, String author, boolean bot, String extra) {
        return "{\"id\":\"" + id + "\",\"type\":\"Default\",\"timestamp\":" + timestamp + ",\"timestampEdited\":null,"
                + "\"content\":\"hello " + id + "\",\"author\":{\"id\":\"" + author + "\",\"name\":\"n" + author + "\","
                + "\"isBot\":" + bot + "},\"attachments\":[],\"embeds\":[" + extra + "],\"reactions\":[],\"mentions\":[]}";
    }

    private static String at(String iso) {
        return "\"" + iso + "\"";
    }

    private static boolean inOrder(String... messages) throws IOException {
        String json = HEADER + String.join(",", messages) + FOOTER;
        return DiscordExportOrder.inTimeOrder(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anExportWrittenOldestFirstIsInOrder() throws Exception {
        assertThat(inOrder(message("1", at("2026-01-05T09:00:00+00:00"), "a", false, ""),
                message("2", at("2026-01-05T09:00:00+00:00"), "b", false, ""),
                message("3", at("2026-01-05T10:00:01.5+01:00"), "a", false, ""))).isTrue();
    }

    @Test
    void oneMessageDatedBeforeTheOneAboveItIsNotInOrderWhateverItsOffset() throws Exception {
        assertThat(inOrder(message("1", at("2026-01-05T09:00:00+00:00"), "a", false, ""),
                message("2", at("2026-01-05T09:30:00+01:00"), "b", false, ""))).isFalse();
    }

    @Test
    void aBotsMessageOutOfOrderIsNotVouchedForEither() throws Exception {
        // The reader leaves it out, but the skim does not judge what the reader keeps: it stays on the safe side.
        assertThat(inOrder(message("1", at("2026-01-05T09:00:00Z"), "a", false, ""),
                message("2", at("2026-01-05T08:00:00Z"), "bot", true, ""))).isFalse();
    }

    @Test
    void timestampsInsideEmbedsAndHeadersAreNotTheMessagesOwn() throws Exception {
        String embed = "{\"title\":\"x\",\"timestamp\":\"2001-01-01T00:00:00Z\"}";
        assertThat(inOrder(message("1", at("2026-01-05T09:00:00Z"), "a", false, embed),
                message("2", at("2026-01-05T09:01:00Z"), "b", false, embed))).isTrue();
    }

    @Test
    void aMessageWithoutATimestampMakesNoEventAndDoesNotBreakTheOrder() throws Exception {
        assertThat(inOrder(message("1", at("2026-01-05T09:00:00Z"), "a", false, ""),
                message("2", "null", "b", false, ""), message("3", at(" "), "b", false, ""),
                message("4", at("2026-01-05T09:01:00Z"), "b", false, ""))).isTrue();
    }

    @Test
    void whatTheSkimCannotReadIsNeverVouchedFor() throws Exception {
        assertThat(inOrder(message("1", at("yesterday"), "a", false, ""))).isFalse();
        assertThat(inOrder(message("1", "1767603600", "a", false, ""))).isFalse();
        assertThat(DiscordExportOrder.inTimeOrder(new ByteArrayInputStream(
                (HEADER + message("1", at("2026-01-05T09:00:00Z"), "a", false, "")).getBytes(StandardCharsets.UTF_8))))
                .as("cut off").isFalse();
        assertThat(DiscordExportOrder.inTimeOrder(new ByteArrayInputStream("[1,2]".getBytes(StandardCharsets.UTF_8))))
                .as("not an export").isFalse();
        assertThat(DiscordExportOrder.inTimeOrder(temp.resolve("missing.json"))).isFalse();
    }

    @Test
    void whenTheSkimVouchesTheReadersEventsNeverGoBack() throws Exception {
        // Random exports mixing kept, bot, system and broken messages, some in order and some not: whatever the
        // skim vouches for, the reader must give in order, and an export the exporter wrote in order is vouched for.
        Random random = new Random(12);
        Instant start = Instant.parse("2026-01-05T09:00:00Z");
        int vouched = 0;
        for (int round = 0; round < 300; round++) {
            List<String> messages = new ArrayList<>();
            Instant t = start;
            boolean shuffled = random.nextInt(3) == 0;
            for (int i = 0; i < 20; i++) {
                t = t.plusSeconds(shuffled ? random.nextInt(600) - 300 : random.nextInt(3));
                String time = switch (random.nextInt(12)) {
                    case 0 -> "null";
                    case 1 -> at(t.atOffset(java.time.ZoneOffset.ofHours(2)).toString());
                    default -> at(t.toString());
                };
                String id = String.valueOf(1000 + i);
                String m = message(id, time, "p" + random.nextInt(4), random.nextInt(8) == 0, "");
                if (random.nextInt(10) == 0) {
                    m = m.replace("\"Default\"", "\"ChannelPinnedMessage\"");
                }
                if (random.nextInt(10) == 0) {
                    m = m.replace("\"reactions\":[]", "\"reactions\":[{\"emoji\":{\"name\":\"x\"},\"users\":[{\"id\":\"r"
                            + i + "\",\"name\":\"r\"}]}]");
                }
                messages.add(m);
            }
            Path file = temp.resolve("export-" + round + ".json");
            Files.writeString(file, HEADER + String.join(",", messages) + FOOTER);
            boolean skim = DiscordExportOrder.inTimeOrder(file);
            if (!shuffled) {
                assertThat(skim).as("round %d, written in order", round).isTrue();
            }
            if (!skim) {
                continue;
            }
            vouched++;
            EventOrder.assertNeverGoesBack(new DiscordExportReader(file), "round " + round);
        }
        assertThat(vouched).isGreaterThan(150);
    }
}
