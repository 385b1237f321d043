package dev.rapport.bot.replay;

import dev.rapport.bot.cli.CliRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.rapport.bot.replay.ReplayCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replay on the exports people really have: pasted twice, written backwards, with a broken message, spread over
 * folders. The demo's channel files are the realistic material; the results must equal the clean export's.
 */
class ReplayInputsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Path config;
    private Path clean;

    @BeforeEach
    void demoFiles() throws Exception {
        DemoExport demo = new DemoExport();
        clean = Files.createDirectory(dir.resolve("clean"));
        demo.extractTo(clean);
        config = Files.writeString(dir.resolve("demo.conf"), demo.settings());
    }

    private CliRun replay(String... args) {
        List<String> all = new ArrayList<>(List.of("replay", "--config", config.toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    private JsonNode json(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--output", "json"));
        all.addAll(List.of(args));
        CliRun r = replay(all.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    /** A copy of a demo channel file with its messages changed by {@code edit}. */
    private Path edited(String name, java.util.function.Consumer<ArrayNode> edit) throws Exception {
        ObjectNode export = (ObjectNode) JSON.readTree(clean.resolve(name).toFile());
        edit.accept((ArrayNode) export.get("messages"));
        Path file = Files.createDirectories(dir.resolve("edited")).resolve(name);
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), export);
        return file;
    }

    private static void assertSameCoaching(JsonNode actual, JsonNode expected) {
        assertThat(actual.get("messages")).isEqualTo(expected.get("messages"));
        assertThat(actual.get("from")).isEqualTo(expected.get("from"));
        assertThat(actual.get("to")).isEqualTo(expected.get("to"));
        assertThat(actual.get("totals")).isEqualTo(expected.get("totals"));
        assertThat(actual.get("people")).isEqualTo(expected.get("people"));
    }

    private static void reverse(ArrayNode messages) {
        List<JsonNode> all = new ArrayList<>();
        messages.forEach(all::add);
        messages.removeAll();
        for (int i = all.size() - 1; i >= 0; i--) {
            messages.add(all.get(i));
        }
    }

    @Test
    void aChannelPastedTwiceCountsEachMessageOnceEverywhere() throws Exception {
        Path twice = edited("general.json", messages -> messages.addAll(messages.deepCopy()));

        JsonNode once = json(clean.resolve("general.json").toString());
        JsonNode doubled = json(twice.toString());

        assertSameCoaching(doubled, once);
        assertThat(doubled.at("/inputs/0/messages")).isEqualTo(once.at("/inputs/0/messages"));
        assertThat(doubled.at("/inputs/0/duplicates").asLong()).isEqualTo(once.at("/inputs/0/messages").asLong());
        assertThat(replay(twice.toString()).out()).contains("206 duplicate messages ignored")
                .doesNotContain("dated before");
    }

    @Test
    void aReversedExportCoachesExactlyLikeTheSortedOneAndSaysHowManyWereReordered() throws Exception {
        Path reversed = edited("general.json", ReplayInputsTest::reverse);

        JsonNode sorted = json(clean.resolve("general.json").toString());
        JsonNode backwards = json(reversed.toString());

        assertSameCoaching(backwards, sorted);
        assertThat(backwards.at("/inputs/0/reordered").asLong()).isPositive();
        String text = replay(reversed.toString()).out();
        assertThat(text).contains("were put in time order").contains("2026-01-05 to 2026-01-2");
    }

    @Test
    void aWholeGuildOfReversedChannelsCoachesLikeTheOriginal() throws Exception {
        Path backwards = Files.createDirectory(dir.resolve("backwards"));
        try (var files = Files.list(clean)) {
            for (Path f : files.toList()) {
                if (!f.toString().endsWith(".json")) {
                    continue;
                }
                Files.move(edited(f.getFileName().toString(), ReplayInputsTest::reverse), backwards.resolve(f.getFileName()));
            }
        }

        assertSameCoaching(json(backwards.toString()), json(clean.toString()));
    }

    @Test
    void oneBadTimestampCostsOnlyThatMessageAndIsNamedWithItsPlace() throws Exception {
        Path broken = edited("general.json", messages -> ((ObjectNode) messages.get(3)).put("timestamp", "yesterday"));

        CliRun r = replay(broken.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("general.json (discord): 205 messages")
                .containsPattern("1 bad message skipped \\(\\d+:\\d+: message \\d+ has a bad \"timestamp\" \"yesterday\"");
    }

    @Test
    void foldersAreReadWithTheirSubfoldersAndIrcLogsByContentAndSkippedFilesAreListed() throws Exception {
        Path top = Files.createDirectory(dir.resolve("exports"));
        Path discord = Files.createDirectories(top.resolve("discord/makers"));
        Files.copy(clean.resolve("help.json"), discord.resolve("help.json"));
        Files.writeString(top.resolve("2026-01-07.log"), "--- Log opened Wed Jan 07 09:00:00 2026\n"
                + "[09:00] <ana> morning all\n[09:01] <ben> ana: morning! how is the shop?\n");
        for (int i = 0; i < 12; i++) {
            Files.writeString(top.resolve("notes-" + i + ".md"), "just notes\n");
        }
        Files.createSymbolicLink(top.resolve("gone.json"), dir.resolve("no-such-file.json"));

        CliRun r = replay(top.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("help.json (discord): 86 messages").contains("2026-01-07.log (irc): 2 messages");
        assertThat(r.err()).contains("skipped 13 files that are not exports:\n").contains("gone.json (a broken link)\n")
                .contains("notes-0.md (unknown format").contains("\n  and 3 more\n");

        CliRun flat = replay("--no-recurse", top.toString());
        assertThat(flat.out()).doesNotContain("help.json");
        assertThat(flat.err()).contains("discord (a subfolder (not read with --no-recurse))");
    }

    @Test
    void storeKeepsExactlyThePeopleTheReportShows() throws Exception {
        Path conf = Files.writeString(dir.resolve("store.conf"), new DemoExport().settings()
                + "\nrapport.storage.data-dir = \"" + dir.resolve("data").toString().replace("\\", "/") + "\"\n");
        int shown = json(clean.toString()).get("people").size();

        CliRun stored = run("replay", "--store", "--config", conf.toString(), clean.toString());

        assertThat(stored.err()).contains("of " + shown + " people in");
    }

    @Test
    void storeLeavesOutBotsAndPeopleWhoOnlyWereAddressed() throws Exception {
        Path conf = Files.writeString(dir.resolve("irc.conf"), "rapport.storage.data-dir = \""
                + dir.resolve("irc-data").toString().replace("\\", "/") + "\"\n");
        Path log = Files.writeString(dir.resolve("2026-01-05_10.raw.txt"), "[10:00] <ana> !ask\n"
                + "[10:00] <ubottu> Please don't ask to ask, just ask\n[10:01] <ana> ubottu: thanks\n"
                + "[10:02] <ana> carl: are you around? got a question about the mirror\n[10:03] <ben> ana: he is away\n");

        CliRun stored = run("replay", "--store", "--config", conf.toString(), log.toString());

        assertThat(stored.exit()).as(stored.err()).isZero();
        assertThat(stored.err()).contains("of 2 people in");
        for (String absent : new String[]{"ubottu", "carl"}) {
            CliRun export = run("data", "export", "--config", conf.toString(), "--user", absent);
            assertThat(export.err()).as(absent).contains("nothing is kept about " + absent);
        }
        assertThat(run("data", "export", "--config", conf.toString(), "--user", "ana").out()).contains("\"2026-W02\"");
    }

    @Test
    void aPersonIsFoundByNameNicknameOrUsernameInAnyCase() {
        for (String name : new String[]{"gwentalbot", "GWEN TALBOT", "Gwen", "972467837337731180"}) {
            CliRun r = replay("--user", name, clean.toString());
            assertThat(r.exit()).as(name + ": " + r.err()).isZero();
            assertThat(r.out()).contains("== Gwen Talbot (972467837337731180), week");
        }
    }

    @Test
    void aMistypedNameGetsTheNearestNamesSuggested() {
        CliRun r = replay("--user", "gwne", clean.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("no messages by 'gwne'").contains("did you mean: Gwen Talbot (972467837337731180)");
    }

    @Test
    void aNameTwoPeopleShareIsNotGuessedAt() throws Exception {
        Path twins = edited("general.json", messages -> {
            for (JsonNode m : messages) {
                ObjectNode author = (ObjectNode) m.get("author");
                String id = author.get("id").asText();
                if (id.equals("972467837337731180") || id.equals(firstOtherAuthor(messages))) {
                    author.put("nickname", "Alex");
                }
            }
        });

        CliRun r = replay("--user", "alex", twins.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("'alex' could be 2 people: Alex (").contains("give the id");
    }

    private static String firstOtherAuthor(ArrayNode messages) {
        for (JsonNode m : messages) {
            String id = m.at("/author/id").asText();
            if (!id.equals("972467837337731180") && !m.at("/author/isBot").asBoolean()) {
                return id;
            }
        }
        throw new AssertionError("a channel with one author");
    }

    @Test
    void anEmptyUserIsAUsageError() {
        assertThat(replay("--user", "", clean.toString()).exit()).isEqualTo(2);
        assertThat(replay("--user", "  ", clean.toString()).exit()).isEqualTo(2);
    }

    @Test
    void theSummaryCountsThePeopleWhoGotTipsAndTipsNameChannels() {
        CliRun r = replay("--top", "22", clean.toString());

        assertThat(r.out()).containsPattern("Tips: \\d+ for \\d+ of 22 people")
                .contains(" in #general").doesNotContain(" in 815916279398531093");
    }

    @Test
    void jsonNamesTheChannelsItsEvidenceGivesById() throws Exception {
        assertThat(json(clean.toString()).at("/channels/815916279398531093").asText()).isEqualTo("general");
    }

    @Test
    void jsonNextStepsAreSentencesLikeTheTextOnes() throws Exception {
        JsonNode report = json(clean.toString());
        List<String> next = new ArrayList<>();
        report.get("people").forEach(p -> p.get("weeks").forEach(w -> w.get("findings")
                .forEach(f -> next.add(f.get("next").asText()))));

        assertThat(next).isNotEmpty().allSatisfy(n -> assertThat(Character.isUpperCase(n.charAt(0))).as(n).isTrue());
    }

    @Test
    void oneMessageIsOneMessage() throws Exception {
        Path single = edited("general.json", messages -> {
            JsonNode first = messages.get(0);
            messages.removeAll();
            messages.add(first);
        });

        assertThat(replay(single.toString()).out()).contains("general.json (discord): 1 message\n")
                .contains("  1 message, 2026-01-05 to 2026-01-05").doesNotContain("1 messages");
    }

    @Test
    void controlAndBidiCharactersInNamesAreShownNotObeyed() throws Exception {
        Path forged = edited("general.json", messages -> {
            for (JsonNode m : messages) {
                ObjectNode author = (ObjectNode) m.get("author");
                if (author.get("id").asText().equals("972467837337731180")) {
                    author.put("nickname", "Gwen\u202Egnp.exe\u001b[2J");
                }
            }
        });

        String out = replay("--user", "972467837337731180", forged.toString()).out();

        assertThat(out).contains("Gwen<U+202E>gnp.exe<U+001B>[2J").doesNotContain("\u202E").doesNotContain("\u001b");
    }
}
