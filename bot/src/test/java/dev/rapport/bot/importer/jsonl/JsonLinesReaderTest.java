package dev.rapport.bot.importer.jsonl;

import dev.rapport.bot.importer.ImportException;
import dev.rapport.bot.importer.ImportReport;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.ChannelKind;
import dev.rapport.rules.model.ChatEvent;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.MemberRoles;
import dev.rapport.rules.model.MessageDeleted;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.ReactionAdded;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static dev.rapport.bot.importer.ImporterFixtures.readAll;
import static dev.rapport.bot.importer.ImporterFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class JsonLinesReaderTest {
    private static final String MESSAGE = "{\"type\":\"message\",\"id\":\"1\",\"time\":\"2026-01-05T09:00:00Z\","
            + "\"community\":\"c\",\"channel\":\"general\",\"kind\":\"channel\",\"author\":\"ana\",\"text\":\"hi\"}";

    @Test
    void readsEveryEventTypeSkippingBlankAndCommentLines() throws Exception {
        List<ChatEvent> events = readAll(new JsonLinesReader(resource("jsonl/events.jsonl")));

        assertThat(events).extracting(e -> e.getClass().getSimpleName()).containsExactly(
                "ChatMessage", "ChatMessage", "ReactionAdded", "ChatMessage", "MemberRoles", "MessageDeleted");
    }

    @Test
    void messageCarriesReplyMentionsRolesAndItsTimeInUtc() throws Exception {
        ChatMessage reply = (ChatMessage) readAll(new JsonLinesReader(resource("jsonl/events.jsonl"))).get(1);

        assertThat(reply.time()).isEqualTo(Instant.parse("2026-01-05T08:12:00Z"));
        assertThat(reply.replyTo()).contains(MessageId.of("100"));
        assertThat(reply.replyToAuthor()).contains(UserId.of("7"));
        assertThat(reply.mentions()).containsExactly(UserId.of("7"));
    }

    @Test
    void linksAreExtractedFromTheText() throws Exception {
        ChatMessage reply = (ChatMessage) readAll(new JsonLinesReader(resource("jsonl/events.jsonl"))).get(1);

        assertThat(reply.links()).singleElement().satisfies(l -> assertThat(l.fingerprint()).isEqualTo("example.com/jars"));
    }

    @Test
    void threadMessageKeepsItsParentChannel() throws Exception {
        ChatMessage thread = (ChatMessage) readAll(new JsonLinesReader(resource("jsonl/events.jsonl"))).get(3);

        assertThat(thread.kind()).isEqualTo(ChannelKind.THREAD);
        assertThat(thread.parent()).contains(ChannelId.of("10"));
    }

    @Test
    void reportCountsMessagesOnly() throws Exception {
        JsonLinesReader reader = new JsonLinesReader(resource("jsonl/events.jsonl"));
        readAll(reader);

        assertThat(reader.report().messages()).isEqualTo(3);
        assertThat(reader.report().warnings()).isEmpty();
    }

    /** Reads every line and returns the report: bad lines are skipped, not fatal. */
    private static ImportReport readSkipping(String name, String lines, int expectedEvents) throws Exception {
        JsonLinesReader reader = reader(name, lines);
        assertThat(readAll(reader)).hasSize(expectedEvents);
        return reader.report();
    }

    @Test
    void aLineMissingAFieldIsSkippedNamedAndTheRestIsRead() throws Exception {
        String lines = MESSAGE + "\n\n" + MESSAGE.replace("\"author\":\"ana\",", "") + "\n"
                + MESSAGE.replace("\"1\"", "\"2\"") + "\n";

        ImportReport report = readSkipping("events.jsonl", lines, 2);

        assertThat(report.badMessages()).isEqualTo(1);
        assertThat(report.messages()).isEqualTo(2);
        assertThat(report.warnings()).singleElement().asString()
                .isEqualTo("1 bad line skipped (line 3: missing field `author`)");
    }

    @Test
    void unknownTypeIsNamed() throws Exception {
        assertThat(readSkipping("e.jsonl", "{\"type\":\"edit\",\"id\":\"1\"}", 0).warnings()).singleElement()
                .asString().contains("line 1: unknown type \"edit\" (expected message, deleted, reaction, roles or"
                        + " record-ends)");
    }

    @Test
    void badTimeIsNamedWithTheExpectedForm() throws Exception {
        assertThat(readSkipping("e.jsonl", MESSAGE.replace("2026-01-05T09:00:00Z", "5 Jan 2026"), 0).warnings())
                .singleElement().asString().contains("line 1: bad time \"5 Jan 2026\": expected ISO-8601");
    }

    @Test
    void badKindIsNamed() throws Exception {
        assertThat(readSkipping("e.jsonl", MESSAGE.replace("\"kind\":\"channel\"", "\"kind\":\"forum\""), 0)
                .warnings()).singleElement().asString()
                .contains("bad kind \"forum\" (expected channel, thread or direct)");
    }

    @Test
    void lineThatIsNotJsonIsNamedWithLineAndColumnAndTheNextLineIsRead() throws Exception {
        String lines = MESSAGE + "\n{\"type\":\"message\" \"id\":\"2\"}\n" + MESSAGE.replace("\"1\"", "\"3\"") + "\n";

        assertThat(readSkipping("e.jsonl", lines, 2).warnings()).singleElement().asString()
                .startsWith("1 bad line skipped (line 2:19: not valid JSON");
    }

    @Test
    void twoObjectsOnOneLineAreABadLine() throws Exception {
        assertThat(readSkipping("e.jsonl", MESSAGE + " " + MESSAGE, 0).badMessages()).isEqualTo(1);
    }

    @Test
    void lineThatIsNotAnObjectIsABadLine() throws Exception {
        assertThat(readSkipping("e.jsonl", "[1,2]", 0).warnings()).singleElement().asString()
                .contains("line 1: expected a JSON object, found an array");
    }

    @Test
    void aMessageFlaggedAsABotsIsCountedAndNotCoached() throws Exception {
        JsonLinesReader reader = reader("e.jsonl", MESSAGE.replace("\"text\"", "\"bot\":true,\"text\"") + "\n"
                + MESSAGE.replace("\"1\"", "\"2\"") + "\n");

        assertThat(readAll(reader)).hasSize(1);
        assertThat(reader.report().botMessages()).isEqualTo(1);
        assertThat(reader.report().messages()).isEqualTo(1);
    }

    @Test
    void manyBadLinesNameTheFirstThreeAndCountTheRest() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            lines.append("not json ").append(i).append('\n');
        }
        lines.append(MESSAGE).append('\n');

        ImportReport report = readSkipping("e.jsonl", lines.toString(), 1);

        assertThat(report.badMessages()).isEqualTo(5);
        assertThat(report.warnings()).singleElement().asString().startsWith("5 bad lines skipped (line 1:")
                .contains("line 2:", "line 3:").doesNotContain("line 4:").endsWith("; and 2 more)");
    }

    @Test
    void textWithALoneSurrogateIsRepairedAndFlagged() throws Exception {
        JsonLinesReader reader = reader("e.jsonl", MESSAGE.replace("\"text\":\"", "\"text\":\"broken \\ud800 "));

        ChatMessage m = (ChatMessage) readAll(reader).get(0);

        assertThat(m.text()).startsWith("broken \uFFFD ");
        assertThat(reader.report().warnings()).singleElement().asString().contains("lone UTF-16 surrogate", "line 1");
    }

    @Test
    void lastLineCutInTheMiddleEndsNormallyWithATruncatedWarning() throws Exception {
        String lines = MESSAGE + "\n" + MESSAGE.replace("\"1\"", "\"2\"") + "\n" + MESSAGE.substring(0, 40);
        JsonLinesReader reader = reader("e.jsonl", lines);

        assertThat(readAll(reader)).hasSize(2);
        assertThat(reader.report().truncated()).isTrue();
        assertThat(reader.report().warnings()).singleElement().asString().contains("line (3)", "2 complete messages");
    }

    @Test
    void cutLineFollowedByMoreLinesIsABadLineNotATruncation() throws Exception {
        String lines = MESSAGE.substring(0, 40) + "\n" + MESSAGE + "\n";

        ImportReport report = readSkipping("e.jsonl", lines, 1);

        assertThat(report.truncated()).isFalse();
        assertThat(report.warnings()).singleElement().asString().contains("line 1:");
    }

    @Test
    void reactionRolesAndDeletionCarryTheirFields() throws Exception {
        List<ChatEvent> events = readAll(new JsonLinesReader(resource("jsonl/events.jsonl")));

        assertThat((ReactionAdded) events.get(2)).extracting(ReactionAdded::message, ReactionAdded::messageAuthor,
                ReactionAdded::reactor, ReactionAdded::emoji)
                .containsExactly(MessageId.of("101"), UserId.of("8"), UserId.of("7"), "\uD83D\uDC40");
        assertThat(((MemberRoles) events.get(4)).roles()).containsExactlyInAnyOrder("Supplier", "3");
        assertThat(((MessageDeleted) events.get(5)).id()).isEqualTo(MessageId.of("102"));
    }

    @Test
    void exampleInTheFormatDocumentIsReadable(@TempDir Path dir) throws Exception {
        Path doc = projectFile("docs/jsonl-format.md");
        assumeTrue(doc != null, "docs/jsonl-format.md not found from the working directory: skipping");
        String text = Files.readString(doc);
        int start = text.indexOf("```", text.indexOf("## Example")) + 3;
        Path example = Files.writeString(dir.resolve("example.jsonl"), text.substring(start, text.indexOf("```", start)));

        JsonLinesReader reader = new JsonLinesReader(example);

        assertThat(readAll(reader)).hasSize(6);
        assertThat(reader.report().messages()).isEqualTo(3);
    }

    @Test
    void byteOrderMarkBeforeTheFirstLineIsIgnored() throws Exception {
        assertThat(readAll(reader("bom.jsonl", "\uFEFF" + MESSAGE + "\n"))).hasSize(1);
    }

    @Test
    void progressReachesTheFileSize() throws Exception {
        Path file = resource("jsonl/events.jsonl");
        JsonLinesReader reader = new JsonLinesReader(file);

        readAll(reader);

        assertThat(reader.position()).isEqualTo(Files.size(file));
        assertThat(reader.size()).isEqualTo(Files.size(file));
    }

    private static Path projectFile(String relative) {
        String root = System.getProperty("rapport.projectRoot");
        if (root != null && Files.exists(Path.of(root, relative))) {
            return Path.of(root, relative);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        return null;
    }

    private static JsonLinesReader reader(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new JsonLinesReader(name, new ByteArrayInputStream(bytes), bytes.length);
    }
}
