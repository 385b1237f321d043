package dev.rapport.bot.importer.jsonl;

import dev.rapport.bot.importer.EventOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static dev.rapport.bot.importer.ImporterFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

/** The skim that lets a JSON Lines file already in time order be read once, straight through. */
class JsonLinesOrderTest {
    @TempDir
    Path temp;

    private static String message(String id, String time) {
        return "{\"type\":\"message\",\"id\":\"" + id + "\",\"time\":" + time + ",\"community\":\"g\",\"channel\":\"c\","
                + "\"author\":\"a\",\"text\":\"hi\"}";
    }

    private static boolean inOrder(String... lines) throws Exception {
        return JsonLinesOrder.inTimeOrder(new ByteArrayInputStream(String.join("\n", lines)
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void linesOldestFirstAreInOrderAndCommentsAndBlankLinesChangeNothing() throws Exception {
        assertThat(inOrder("\uFEFF# exported", message("1", "\"2026-01-05T09:00:00Z\""), "",
                message("2", "\"2026-01-05T10:00:00+01:00\""), message("3", "\"2026-01-05T09:00:01Z\""))).isTrue();
        // The fixture's second message is written at +01:00, an hour before the first: not in order.
        assertThat(JsonLinesOrder.inTimeOrder(resource("jsonl/events.jsonl"))).isFalse();
    }

    @Test
    void aLineDatedBeforeTheOneAboveItIsNotInOrder() throws Exception {
        assertThat(inOrder(message("1", "\"2026-01-05T09:00:00Z\""), message("2", "\"2026-01-05T08:59:59Z\"")))
                .isFalse();
    }

    @Test
    void whatTheSkimCannotReadIsNeverVouchedFor() throws Exception {
        assertThat(inOrder(message("1", "\"soon\""))).isFalse();
        assertThat(inOrder(message("1", "1767603600"))).isFalse();
        assertThat(inOrder("{\"type\":\"message\",")).as("cut off").isFalse();
        assertThat(inOrder("not json")).isFalse();
        assertThat(JsonLinesOrder.inTimeOrder(temp.resolve("missing.jsonl"))).isFalse();
    }

    @Test
    void whenTheSkimVouchesTheReadersEventsNeverGoBack() throws Exception {
        Random random = new Random(3);
        Instant start = Instant.parse("2026-01-05T09:00:00Z");
        int vouched = 0;
        for (int round = 0; round < 200; round++) {
            List<String> lines = new ArrayList<>();
            Instant t = start;
            boolean shuffled = random.nextInt(3) == 0;
            for (int i = 0; i < 20; i++) {
                t = t.plusSeconds(shuffled ? random.nextInt(600) - 300 : random.nextInt(3));
                String time = random.nextInt(15) == 0 ? "null" : "\"" + t + "\"";
                lines.add(switch (random.nextInt(6)) {
                    case 0 -> "{\"type\":\"reaction\",\"message\":\"" + i + "\",\"messageAuthor\":\"a\",\"reactor\":\"b\","
                            + "\"time\":" + time + ",\"community\":\"g\",\"channel\":\"c\"}";
                    case 1 -> "{\"type\":\"deleted\",\"id\":\"" + i + "\",\"time\":" + time
                            + ",\"community\":\"g\",\"channel\":\"c\"}";
                    default -> message(String.valueOf(i), time);
                });
            }
            Path file = temp.resolve("events-" + round + ".jsonl");
            Files.writeString(file, String.join("\n", lines));
            boolean skim = JsonLinesOrder.inTimeOrder(file);
            if (!shuffled) {
                assertThat(skim).as("round %d, written in order", round).isTrue();
            }
            if (!skim) {
                continue;
            }
            vouched++;
            EventOrder.assertNeverGoesBack(new JsonLinesReader(file), "round " + round);
        }
        assertThat(vouched).isGreaterThan(100);
    }
}
