package dev.rapport.bot.digest;

import dev.rapport.bot.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code rapport replay --digest DIR} as a person runs it. */
class ReplayDigestsCommandTest {

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void writes_markdown_html_and_png_for_everyone_in_the_demo_and_an_index_by_score_change(@TempDir Path dir)
            throws Exception {
        CliRun r = run("replay", "--demo", "--no-progress", "--digest", dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Wrote 22 digests (Markdown, HTML and PNG) and index.html to ");
        List<String> names;
        try (Stream<Path> files = Files.list(dir)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(names).contains("index.html", "gwen-talbot-972467837337731180.md",
                "gwen-talbot-972467837337731180.html", "gwen-talbot-972467837337731180.png");
        assertThat(names.stream().filter(n -> n.endsWith(".png"))).hasSize(22);
        for (String png : names.stream().filter(n -> n.endsWith(".png")).toList()) {
            assertThat(ImageIO.read(dir.resolve(png).toFile()).getWidth()).isEqualTo(ScoreChart.WIDTH);
            assertThat(Files.size(dir.resolve(png))).isLessThanOrEqualTo(200 * 1024);
        }
        String md = Files.readString(dir.resolve("gwen-talbot-972467837337731180.md"));
        assertThat(md).startsWith("# Your week 2026-W04 — Gwen Talbot").contains("## Networking score: ")
                .contains("](gwen-talbot-972467837337731180.png)");

        // The index: most improved first, then the first scores, then those without a score this week.
        String index = Files.readString(dir.resolve("index.html"));
        List<Integer> changes = new ArrayList<>();
        Matcher m = Pattern.compile("<td class=\"n\">([+-]?\\d+|no change|new|-)</td>").matcher(index);
        while (m.find()) {
            String c = m.group(1);
            changes.add(c.equals("no change") ? 0 : c.equals("new") ? Integer.MIN_VALUE + 1 : c.equals("-")
                    ? Integer.MIN_VALUE : Integer.parseInt(c));
        }
        assertThat(changes).hasSize(22).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(index).contains("href=\"gwen-talbot-972467837337731180.html\"");
    }

    @Test
    void the_same_export_gives_the_same_files(@TempDir Path a, @TempDir Path b) throws Exception {
        assertThat(run("replay", "--demo", "--no-progress", "--user", "Gwen Talbot", "--digest", a.toString()).exit()).isZero();
        assertThat(run("replay", "--demo", "--no-progress", "--user", "Gwen Talbot", "--digest", b.toString()).exit()).isZero();
        for (String f : List.of("gwen-talbot-972467837337731180.png", "gwen-talbot-972467837337731180.md",
                "gwen-talbot-972467837337731180.html", "index.html")) {
            assertThat(Files.readAllBytes(a.resolve(f))).as(f).isEqualTo(Files.readAllBytes(b.resolve(f)));
        }
    }

    @Test
    void user_limits_it_to_one_person(@TempDir Path dir) throws Exception {
        CliRun r = run("replay", "--demo", "--no-progress", "--user", "Gwen Talbot", "--digest", dir.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Wrote 1 digest ");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("index.html",
                    "gwen-talbot-972467837337731180.md", "gwen-talbot-972467837337731180.html",
                    "gwen-talbot-972467837337731180.png");
        }
    }

    @Test
    void an_unknown_user_is_named_and_nothing_is_written(@TempDir Path dir) {
        Path out = dir.resolve("digests");
        CliRun r = run("replay", "--demo", "--no-progress", "--user", "nobody", "--digest", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("no messages by 'nobody'");
        assertThat(out).doesNotExist();
    }

    @Test
    void a_folder_that_cannot_be_written_is_a_clear_error(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "a file, not a folder");
        CliRun r = run("replay", "--demo", "--no-progress", "--digest", file.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("rapport: cannot write the digests to " + file);
    }

    @Test
    void the_digest_week_is_the_week_of_the_last_event_in_the_zone_asked_for(@TempDir Path dir) throws Exception {
        // Sunday 2026-01-11 20:00 UTC is already Monday 01:30 in Kolkata: the digest is about the next week there.
        Path export = dir.resolve("chat.jsonl");
        Files.write(export, List.of(
                "{\"type\":\"message\",\"id\":\"1\",\"time\":\"2026-01-06T10:00:00Z\",\"community\":\"1\","
                        + "\"channel\":\"general\",\"kind\":\"channel\",\"author\":\"ana\",\"text\":\"morning all\"}",
                "{\"type\":\"message\",\"id\":\"2\",\"time\":\"2026-01-11T20:00:00Z\",\"community\":\"1\","
                        + "\"channel\":\"general\",\"kind\":\"channel\",\"author\":\"ana\",\"text\":\"good night\"}"));
        Path utc = dir.resolve("utc");
        Path kolkata = dir.resolve("kolkata");
        assertThat(run("replay", "--no-progress", "--digest", utc.toString(), export.toString()).exit()).isZero();
        assertThat(run("replay", "--no-progress", "--zone", "Asia/Kolkata", "--digest", kolkata.toString(),
                export.toString()).exit()).isZero();
        assertThat(Files.readString(utc.resolve("ana.md"))).startsWith("# Your week 2026-W02 — ana")
                .contains("Week from Monday 2026-01-05 to Sunday 2026-01-11");
        assertThat(Files.readString(kolkata.resolve("ana.md"))).startsWith("# Your week 2026-W03 — ana")
                .contains("Week from Monday 2026-01-12 to Sunday 2026-01-18");
    }
}
