package dev.rapport.bot.replay;

import dev.rapport.bot.cli.CliRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The replay command as a person runs it: arguments in, report or clear error out, documented exit codes. */
class ReplayCommandTest {

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** A JSON Lines chat in which "max" cross-posts one link into three channels and "nora" answers sam's questions. */
    static Path chat(Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        String[] channels = {"general", "offers", "random"};
        for (int i = 0; i < 3; i++) {
            lines.add("{\"type\":\"message\",\"id\":\"" + (10 + i) + "\",\"time\":\"2026-01-05T09:0" + i + ":00Z\","
                    + "\"community\":\"1\",\"channel\":\"" + channels[i] + "\",\"kind\":\"channel\",\"author\":\"max\","
                    + "\"text\":\"our spring sale is on: https://max.example/sale?utm_source=" + i + "\"}");
        }
        lines.add("{\"type\":\"message\",\"id\":\"20\",\"time\":\"2026-01-05T10:00:00Z\",\"community\":\"1\","
                + "\"channel\":\"help\",\"kind\":\"channel\",\"author\":\"sam\",\"text\":\"where can I buy glass jars in bulk?\"}");
        lines.add("{\"type\":\"message\",\"id\":\"21\",\"time\":\"2026-01-05T10:05:00Z\",\"community\":\"1\","
                + "\"channel\":\"help\",\"kind\":\"channel\",\"author\":\"nora\",\"replyTo\":\"20\",\"replyToAuthor\":\"sam\","
                + "\"text\":\"https://jars.example/bulk has good prices\"}");
        // Two more answers of Nora's: a week is scored from three messages of one's own on (WeekScore.MIN_MESSAGES).
        String[][] more = {{"22", "10:10", "sam", "", "do they ship to Ireland?"},
                {"23", "10:12", "nora", "22", "they do, it took four days for me"},
                {"24", "10:20", "sam", "", "and is the 500 ml size worth it?"},
                {"25", "10:22", "nora", "24", "yes, the lids fit better than the small ones"}};
        for (String[] m : more) {
            lines.add("{\"type\":\"message\",\"id\":\"" + m[0] + "\",\"time\":\"2026-01-05T" + m[1] + ":00Z\","
                    + "\"community\":\"1\",\"channel\":\"help\",\"kind\":\"channel\",\"author\":\"" + m[2] + "\","
                    + (m[3].isEmpty() ? "" : "\"replyTo\":\"" + m[3] + "\",\"replyToAuthor\":\"sam\",")
                    + "\"text\":\"" + m[4] + "\"}");
        }
        Path file = dir.resolve("chat.jsonl");
        Files.write(file, lines);
        return file;
    }

    @Test
    void coachesTheLinkCrossPosterAndLeavesTheHelperAlone(@TempDir Path dir) throws Exception {
        CliRun r = run("replay", "--output", "json", chat(dir).toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("format").asText()).isEqualTo("rapport-replay");
        JsonNode people = json.get("people");
        JsonNode max = find(people, "max");
        assertThat(max.get("rules").toString()).contains("links.repeat");
        JsonNode nora = find(people, "nora");
        assertThat(nora.get("tips").asInt()).isZero();
    }

    @Test
    void jsonWeeksCarryTheNetworkingScoreOfThatWeek(@TempDir Path dir) throws Exception {
        CliRun r = run("replay", "--output", "json", chat(dir).toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode people = new ObjectMapper().readTree(r.out()).get("people");
        JsonNode nora = find(people, "nora").get("weeks").get(0).get("networkingScore");
        JsonNode max = find(people, "max").get("weeks").get(0).get("networkingScore");
        int pillarSum = 0;
        for (JsonNode points : nora.get("pillars")) {
            pillarSum += points.asInt();
        }
        assertThat(nora.get("pillars").size()).isEqualTo(4);
        assertThat(nora.get("total").asInt()).isEqualTo(pillarSum);
        // Nora answered a question and asked nothing; Max only posted his own sale, three times.
        assertThat(nora.get("pillars").get("give first").asInt()).isPositive();
        assertThat(max.get("pillars").get("give first").asInt()).isZero();
        assertThat(max.get("total").asInt()).isLessThan(nora.get("total").asInt());
    }

    @Test
    void textReportForOnePersonShowsTheirNumbersAndTips(@TempDir Path dir) throws Exception {
        CliRun r = run("replay", "--user", "max", chat(dir).toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("== max, week 2026-W02").contains("[links.repeat]").contains("Next step:")
                .doesNotContain("People, most to work on first");
    }

    @Test
    void findsAPersonByTheirDisplayNameInADiscordExport() throws Exception {
        Path export = Path.of(ReplayCommandTest.class.getResource("/importer/discord/minimal.json").toURI());
        CliRun r = run("replay", "--user", "ben", export.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("== Ben (8), week");
    }

    @Test
    void anUnknownUserIsAClearErrorNamingWhoIsThere(@TempDir Path dir) throws Exception {
        CliRun r = run("replay", "--user", "nobody", chat(dir).toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("no messages by 'nobody'").contains("max");
    }

    @Test
    void theHeaderCountsTheLinesThatHeldNoMessageInWords(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("2026-01-05_09.raw.txt");
        Files.write(log, List.of("[09:00] <nora> morning all", "=== max has joined #pottery",
                "[09:02] <max> morning nora"));
        CliRun r = run("replay", log.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("(irc): 2 messages, 1 other line skipped\n");
    }

    @Test
    void aFolderStandsForTheExportFilesInIt(@TempDir Path dir) throws Exception {
        Path guild = Files.createDirectory(dir.resolve("guild"));
        chat(guild);
        Files.writeString(guild.resolve("notes.md"), "not an export");
        Files.writeString(guild.resolve("annotations.txt"), "1002 1003 -\n");
        CliRun r = run("replay", "--user", "max", guild.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("chat.jsonl").doesNotContain("notes.md").contains("[links.repeat]");
        assertThat(r.err()).contains("skipped 2 files that are not exports:").contains("annotations.txt (unknown format")
                .contains("notes.md (unknown format");
    }

    @Test
    void aFolderWithoutExportsIsAClearError(@TempDir Path dir) throws Exception {
        CliRun r = run("replay", dir.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("is a folder without export files");
    }

    @Test
    void aMissingFileIsNamedWithoutAStackTrace() {
        CliRun r = run("replay", "no-such-export.json");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("no-such-export.json").contains("no such file").doesNotContain("Exception");
    }

    @Test
    void anEmptyFileIsAClearError(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.json"));
        CliRun r = run("replay", empty.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("empty.json").doesNotContain("Exception");
    }

    @Test
    void malformedJsonIsReportedWithPlaceAndWhatWasRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"guild\":{\"id\":\"1\",\"name\":\"g\"},\"channel\":{\"id\":\"2\",\"name\":\"c\",\"type\":\"GuildTextChat\"},"
                + "\"messages\":[{\"id\":\"1\",\"type\":\"Default\",\"timestamp\":\"2026-01-05T09:00:00+00:00\",\"content\":\"hi\","
                + "\"author\":{\"id\":\"7\",\"name\":\"ana\",\"isBot\":false}},\n{\"id\": ]}");
        CliRun r = run("replay", file.toString());
        assertThat(r.err()).contains("broken.json:2").contains("1 message read");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void unknownFormatOptionListsTheAllowedOnes(@TempDir Path dir) throws Exception {
        CliRun r = run("replay", "--format", "slack", chat(dir).toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("discord, irc, jsonl");
    }

    @Test
    void badZoneSaysHowToWriteOne(@TempDir Path dir) throws Exception {
        CliRun r = run("replay", "--zone", "Mars/Base", chat(dir).toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Europe/Berlin");
    }

    @Test
    void badConfigurationExitsWithThree(@TempDir Path dir) throws Exception {
        Path conf = dir.resolve("bad.conf");
        Files.writeString(conf, "rapport.rules.links.share.max-share = 3\n");
        CliRun r = run("replay", "--config", conf.toString(), chat(dir).toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("bad.conf:1").contains("max-share");
    }

    @Test
    void nothingToReplayIsAUsageError() {
        CliRun r = run("replay");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--demo");
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] args : new String[][]{{"--help"}, {"replay", "--help"}, {"eval", "--help"}}) {
            CliRun r = run(args);
            assertThat(r.exit()).isZero();
            assertThat(r.out()).contains("Usage:");
        }
    }

    @Test
    void aLongMedianResponseStillFitsItsColumn() {
        assertThat(TextReportWriter.duration(47 * 3600 + 15 * 60)).isEqualTo("47h 15m");
        assertThat(TextReportWriter.duration(13 * 86400 + 23 * 3600 + 59 * 60)).isEqualTo("13d 23h");
        assertThat(TextReportWriter.duration(40 * 60)).isEqualTo("40m");
        assertThat(TextReportWriter.duration(-1)).isEqualTo("-");
        for (long s : new long[]{0, 59, 3599, 86399, 172_799, 999 * 86400L}) {
            assertThat(TextReportWriter.duration(s).length()).as("%d s", s).isLessThanOrEqualTo(10);
        }
    }

    private static JsonNode find(JsonNode people, String user) {
        for (JsonNode p : people) {
            if (p.get("user").asText().equals(user)) {
                return p;
            }
        }
        throw new AssertionError("no person " + user + " in " + people);
    }
}
