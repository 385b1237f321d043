package dev.rapport.bot.replay;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.rapport.bot.replay.ReplayCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code replay --store}: replayed weeks are kept, later replays compare with them, and replaying twice adds nothing. */
class ReplayStoreTest {

    /** Ana writes a few messages, all with links, on the Monday of the given January week. */
    private static Path export(Path dir, String name, int day, int links) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String text = i < links ? "new post https://ana.example/p" + i : "good morning everyone " + i;
            lines.add("{\"type\":\"message\",\"id\":\"" + name + i + "\",\"time\":\"2026-01-" + String.format("%02d", day)
                    + "T09:0" + i + ":00Z\",\"community\":\"1\",\"channel\":\"general\",\"kind\":\"channel\","
                    + "\"author\":\"ana\",\"text\":\"" + text + "\"}");
        }
        Path file = dir.resolve(name + ".jsonl");
        Files.write(file, lines);
        return file;
    }

    private static Path config(Path dir) throws Exception {
        Path conf = dir.resolve("rapport.conf");
        Files.writeString(conf, "rapport.storage.data-dir = \"" + dir.resolve("data").toString().replace("\\", "/") + "\"\n"
                + "rapport.pseudonym-secret = \"a test secret that is long enough\"\n");
        return conf;
    }

    @Test
    void aLaterReplayComparesWithTheWeekStoredByAnEarlierOne(@TempDir Path dir) throws Exception {
        Path conf = config(dir);
        var first = run("replay", "--store", "--config", conf.toString(), "--user", "ana", export(dir, "w1", 5, 4).toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).contains("stored 1 week of 1 person");

        var second = run("replay", "--store", "--config", conf.toString(), "--user", "ana", export(dir, "w2", 12, 0).toString());
        assertThat(second.exit()).as(second.err()).isZero();
        // Last week's 4 links come from the store: this replay alone has never seen week 2.
        assertThat(second.out()).containsPattern("links shared\\s+0\\s+4");
    }

    @Test
    void replayingTheSameExportTwiceDoublesNothing(@TempDir Path dir) throws Exception {
        Path conf = config(dir);
        Path w1 = export(dir, "w1", 5, 2);
        run("replay", "--store", "--config", conf.toString(), w1.toString());
        var again = run("replay", "--store", "--config", conf.toString(), w1.toString());
        assertThat(again.exit()).isZero();
        var exported = run("data", "export", "--config", conf.toString(), "--user", "ana");
        assertThat(exported.exit()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("\"2026-W02\"").contains("\"messages\" : 4");
    }

    @Test
    void anUnusableDatabaseIsNamedBeforeAnythingIsReplayed(@TempDir Path dir) throws Exception {
        Path conf = dir.resolve("bad.conf");
        Files.writeString(conf, "rapport.storage.url = \"jdbc:postgresql://127.0.0.1:1/nothing\"\n"
                + "rapport.storage.data-dir = \"" + dir.resolve("data").toString().replace("\\", "/") + "\"\n");
        var r = run("replay", "--store", "--config", conf.toString(), export(dir, "w1", 5, 1).toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("127.0.0.1:1").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }
}
