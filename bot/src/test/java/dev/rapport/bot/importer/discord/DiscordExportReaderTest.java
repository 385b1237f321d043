package dev.rapport.bot.importer.discord;

import dev.rapport.bot.importer.ImportException;
import dev.rapport.bot.importer.ImportReport;
import dev.rapport.bot.importer.ImporterFixtures;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.ChannelKind;
import dev.rapport.rules.model.ChatEvent;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.ReactionAdded;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.rapport.bot.importer.ImporterFixtures.readAll;
import static dev.rapport.bot.importer.ImporterFixtures.readDiscord;
import static dev.rapport.bot.importer.ImporterFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class DiscordExportReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsTheMinimalExampleOfTheFormatNote() throws Exception {
        Path shared = ImporterFixtures.sharedDir();
        assumeTrue(shared != null && Files.exists(shared.resolve("notes/discordchatexporter-format.md")),
                "../shared/notes/discordchatexporter-format.md is absent: skipping the check against the note");
        String note = Files.readString(shared.resolve("notes/discordchatexporter-format.md"));
        int start = note.indexOf("```json") + "```json".length();
        String example = note.substring(start, note.indexOf("```", start));

        List<ChatEvent> events = readAll(reader("note.json", example));

        assertThat(events).hasSize(2).allMatch(e -> e instanceof ChatMessage);
        assertThat(((ChatMessage) events.get(1)).replyToAuthor()).contains(UserId.of("7"));
    }

    @Test
    void readsMessagesWithTheirCommunityChannelAuthorAndText() throws Exception {
        ChatMessage first = messages(resource("discord/minimal.json")).get(0);

        assertThat(first.id()).isEqualTo(MessageId.of("100"));
        assertThat(first.community()).isEqualTo(CommunityId.of("1"));
        assertThat(first.channel()).isEqualTo(ChannelId.of("10"));
        assertThat(first.kind()).isEqualTo(ChannelKind.CHANNEL);
        assertThat(first.parent()).isEmpty();
        assertThat(first.author()).isEqualTo(UserId.of("7"));
        assertThat(first.text()).isEqualTo("Does anyone know a good supplier for glass jars?");
        assertThat(first.time()).isEqualTo(Instant.parse("2026-01-05T09:00:00Z"));
    }

    @Test
    void replyNamesTheAuthorOfTheMessageItAnswers() throws Exception {
        ChatMessage reply = messages(resource("discord/minimal.json")).get(1);

        assertThat(reply.replyTo()).contains(MessageId.of("100"));
        assertThat(reply.replyToAuthor()).contains(UserId.of("7"));
    }

    @Test
    void linksAreExtractedFromTheContent() throws Exception {
        ChatMessage reply = messages(resource("discord/minimal.json")).get(1);

        assertThat(reply.links()).singleElement().satisfies(link -> assertThat(link.host()).isEqualTo("example.com"));
    }

    @Test
    void replyToAMessageOutsideTheFileHasNoKnownAuthor() throws Exception {
        ChatMessage reply = byId(messages(resource("discord/busy-channel.json")), "208");

        assertThat(reply.replyTo()).contains(MessageId.of("999"));
        assertThat(reply.replyToAuthor()).isEmpty();
    }

    @Test
    void replyAuthorIsForgottenBeyondTheRememberedWindow(@TempDir Path tmp) throws Exception {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        Path file = new DiscordExportBuilder("1", "10")
                .message("1", t, "ana", "first")
                .message("2", t.plusSeconds(1), "ben", "second")
                .message("3", t.plusSeconds(2), "cleo", "third")
                .reply("4", t.plusSeconds(3), "dan", "answering the first", "1")
                .reply("5", t.plusSeconds(4), "eve", "answering the third", "3")
                .writeTo(tmp.resolve("window.json"));

        List<ChatMessage> messages = messagesOf(readAll(new DiscordExportReader(file, 2)));

        assertThat(byId(messages, "4").replyTo()).contains(MessageId.of("1"));
        assertThat(byId(messages, "4").replyToAuthor()).isEmpty();
        assertThat(byId(messages, "5").replyToAuthor()).contains(UserId.of("cleo"));
    }

    @Test
    void referenceOnAMessageThatIsNotAReplyIsNotTreatedAsOne() throws Exception {
        ChatMessage message = byId(messages(resource("discord/busy-channel.json")), "209");

        assertThat(message.replyTo()).isEmpty();
    }

    @Test
    void botMessagesAreIgnoredAndCounted() throws Exception {
        DiscordExportReader reader = new DiscordExportReader(resource("discord/busy-channel.json"));
        List<ChatMessage> messages = messagesOf(readAll(reader));

        assertThat(messages).extracting(m -> m.id().value()).doesNotContain("202");
        assertThat(reader.report().botMessages()).isEqualTo(1);
    }

    @Test
    void systemMessagesAndEmptyMessagesAreSkippedAndCounted() throws Exception {
        DiscordExportReader reader = new DiscordExportReader(resource("discord/busy-channel.json"));
        List<ChatMessage> messages = messagesOf(readAll(reader));

        assertThat(messages).extracting(m -> m.id().value())
                .containsExactly("201", "203", "206", "208", "209", "210");
        ImportReport report = reader.report();
        assertThat(report.messages()).isEqualTo(6);
        assertThat(report.skipped()).isEqualTo(4);
    }

    @Test
    void messageWithOnlyAnAttachmentCountsWithEmptyText() throws Exception {
        ChatMessage picture = byId(messages(resource("discord/busy-channel.json")), "206");

        assertThat(picture.text()).isEmpty();
        assertThat(picture.author()).isEqualTo(UserId.of("7"));
    }

    @Test
    void unknownFieldsAreTolerated() throws Exception {
        DiscordExportReader reader = new DiscordExportReader(resource("discord/busy-channel.json"));
        readAll(reader);

        assertThat(reader.report().messages()).isEqualTo(6);
    }

    @Test
    void fieldsOfOtherTypesThanTheExporterWritesAreReadLeniently() throws Exception {
        // Old exporter versions and hand-edited files: numeric ids, bare roles, a field written twice (the last
        // counts), flags as strings, objects and arrays where text was due, nested data nobody reads.
        String json = """
                {"guild":{"id":1},"channel":{"id":10,"type":"GuildTextChat","name":"general"},"messages":[
                 {"id":100,"type":"Default","timestamp":"2026-01-05T09:00:00+00:00","content":{"not":"text"},
                  "embeds":[{"title":"a card","fields":[{"name":"x","value":"y"}]}],
                  "author":{"id":7,"name":"ana","nickname":"  ","isBot":"false",
                            "roles":["Maker",null,5,{"id":"3","name":"Customer"},[1,2],{"color":"red"}]},
                  "mentions":[{"id":8,"nickname":"Ben","isBot":0},"@someone",{"id":"9","isBot":1}],
                  "reactions":[{"emoji":{"name":"x"},"users":[{"id":"8"},{"id":"9","isBot":"true"}]},[]],
                  "content":"@Ben look at this"},
                 {"id":"101","type":"Reply","timestamp":"2026-01-05T09:01:00Z","content":"thanks",
                  "author":{"id":"8","isBot":false},"reference":{"guildId":1,"messageId":100},
                  "reference":{"messageId":"100"}},
                 {"id":"102","timestamp":"2026-01-05T09:02:00Z","content":"hi","author":"8"},
                 {"id":"103","timestamp":"2026-01-05T09:03:00Z","content":"hi","author":{"id":"9","isBot":2}}
                ]}""";

        DiscordExportReader reader = reader("lenient.json", json);
        List<ChatEvent> events = readAll(reader);

        ChatMessage first = (ChatMessage) events.get(0);
        assertThat(first.id()).isEqualTo(MessageId.of("100"));
        assertThat(first.community()).isEqualTo(CommunityId.of("1"));
        assertThat(first.text()).isEqualTo("@Ben look at this");
        assertThat(first.authorRoles()).containsExactlyInAnyOrder("Maker", "null", "5", "3", "Customer");
        assertThat(first.mentions()).containsExactly(UserId.of("8"));
        assertThat(events.get(1)).isInstanceOf(ReactionAdded.class);
        assertThat(((ReactionAdded) events.get(1)).reactor()).isEqualTo(UserId.of("8"));
        ChatMessage reply = (ChatMessage) events.get(2);
        assertThat(reply.replyToAuthor()).contains(UserId.of("7"));
        assertThat(events).hasSize(3);
        assertThat(reader.displayNames()).containsEntry(UserId.of("7"), "ana");
        assertThat(reader.report().badMessages()).isEqualTo(1); // 102: its author is not an object
        assertThat(reader.report().botMessages()).isEqualTo(1); // 103: isBot 2
    }

    @Test
    void authorRolesCarryBothIdsAndNames() throws Exception {
        ChatMessage message = byId(messages(resource("discord/busy-channel.json")), "201");

        assertThat(message.authorRoles()).containsExactlyInAnyOrder("3", "Customer", "4", "Potter");
    }

    @Test
    void aPersonKeepsOneSetOfRolesUntilTheirRolesChange() throws Exception {
        String json = """
                {"guild":{"id":"1"},"channel":{"id":"10","type":"GuildTextChat","name":"general"},"messages":[
                 {"id":"100","type":"Default","timestamp":"2026-01-05T09:00:00Z","content":"hello",
                  "author":{"id":"7","name":"ana","roles":[{"id":"3","name":"Customer"}]}},
                 {"id":"101","type":"Default","timestamp":"2026-01-05T09:01:00Z","content":"again",
                  "author":{"id":"7","name":"ana","roles":[{"id":"3","name":"Customer"}]}},
                 {"id":"102","type":"Default","timestamp":"2026-01-05T09:02:00Z","content":"promoted",
                  "author":{"id":"7","name":"ana","roles":[{"id":"3","name":"Customer"},{"id":"4","name":"Staff"}]}},
                 {"id":"103","type":"Default","timestamp":"2026-01-05T09:03:00Z","content":"no roles",
                  "author":{"id":"7","name":"ana"}}
                ]}""";

        List<ChatMessage> read = messagesOf(readAll(reader("roles.json", json)));

        assertThat(read.get(0).authorRoles()).containsExactlyInAnyOrder("3", "Customer");
        assertThat(read.get(1).authorRoles()).isSameAs(read.get(0).authorRoles());
        assertThat(read.get(2).authorRoles()).containsExactlyInAnyOrder("3", "Customer", "4", "Staff");
        assertThat(read.get(3).authorRoles()).isEmpty();
    }

    @Test
    void timestampWithAnOffsetBecomesTheSameInstantInUtc() throws Exception {
        ChatMessage message = byId(messages(resource("discord/busy-channel.json")), "201");

        assertThat(message.time()).isEqualTo(Instant.parse("2026-01-05T07:01:00.123Z"));
    }

    @Test
    void mentionsLeaveOutBotsAndTheAuthorThemself() throws Exception {
        ChatMessage message = byId(messages(resource("discord/busy-channel.json")), "203");

        assertThat(message.mentions()).containsExactly(UserId.of("9"), UserId.of("7"));
    }

    @Test
    void reactionsBecomeOneEventPerPersonExceptBotsAndTheAuthor() throws Exception {
        List<ChatEvent> events = readDiscord(resource("discord/busy-channel.json"));

        List<ReactionAdded> reactions = events.stream()
                .filter(ReactionAdded.class::isInstance).map(ReactionAdded.class::cast).toList();
        assertThat(reactions).extracting(ReactionAdded::reactor).containsExactly(UserId.of("7"), UserId.of("8"));
        // Each with its reaction's emoji, as the export names it: whether it answers a question depends on it.
        assertThat(reactions).extracting(ReactionAdded::emoji).containsExactly("\uD83D\uDC4B", "\u2764");
        assertThat(reactions).allSatisfy(r -> {
            assertThat(r.message()).isEqualTo(MessageId.of("201"));
            assertThat(r.messageAuthor()).isEqualTo(UserId.of("9"));
            assertThat(r.time()).isEqualTo(Instant.parse("2026-01-05T07:01:00.123Z"));
            assertThat(r.channel()).isEqualTo(ChannelId.of("10"));
        });
    }

    @Test
    void reactionsFollowTheMessageTheyAnswer() throws Exception {
        List<ChatEvent> events = readDiscord(resource("discord/busy-channel.json"));

        assertThat(events.get(0)).isInstanceOf(ChatMessage.class);
        assertThat(events.subList(1, 3)).allMatch(ReactionAdded.class::isInstance);
    }

    @Test
    void theReaderGivesMessagesInFileOrderSortingIsLeftToTheStreamAroundIt() throws Exception {
        DiscordExportReader reader = new DiscordExportReader(resource("discord/busy-channel.json"));
        List<ChatMessage> messages = messagesOf(readAll(reader));

        assertThat(messages).extracting(m -> m.id().value()).endsWith("210");
        assertThat(reader.report().warnings()).isEmpty();
        assertThat(reader.report().truncated()).isFalse();
    }

    @Test
    void threadExportGivesThreadMessagesHangingOffTheirChannel() throws Exception {
        ChatMessage message = messages(resource("discord/thread.json")).get(0);

        assertThat(message.kind()).isEqualTo(ChannelKind.THREAD);
        assertThat(message.channel()).isEqualTo(ChannelId.of("30"));
        assertThat(message.parent()).contains(ChannelId.of("10"));
    }

    @Test
    void threadStarterIsKeptOnlyWhenItHasText() throws Exception {
        assertThat(messages(resource("discord/thread.json"))).extracting(m -> m.id().value())
                .containsExactly("300", "302");
    }

    @Test
    void directMessageExportGivesDirectMessages() throws Exception {
        ChatMessage message = messages(resource("discord/direct.json")).get(0);

        assertThat(message.kind()).isEqualTo(ChannelKind.DIRECT);
        assertThat(message.parent()).isEmpty();
        assertThat(message.community()).isEqualTo(CommunityId.of("0"));
    }

    @Test
    void truncatedExportYieldsTheCompleteMessagesAndATruncatedWarning() throws Exception {
        String full = Files.readString(resource("discord/busy-channel.json"));
        String cut = full.substring(0, full.indexOf("an edit that went back") + 5);
        DiscordExportReader reader = reader("cut.json", cut);

        List<ChatMessage> messages = messagesOf(readAll(reader));

        assertThat(messages).extracting(m -> m.id().value()).containsExactly("201", "203", "206", "208", "209");
        assertThat(reader.report().truncated()).isTrue();
        assertThat(reader.report().warnings()).anyMatch(w -> w.contains("truncated") && w.contains("5 complete"));
    }

    @ParameterizedTest(name = "cut after \"{0}\"")
    @ValueSource(strings = {"\"isBot\": tr", "\"count\": 3", "\"type\": \"Repl", "\"type\": \"Reply\",",
            "}\n    },", "\"author\": {\"id\": \"7\", \"name\": \"ana\"}", "Potter\", \"position\": 2"})
    void exportCutAnywhereInItsMessagesEndsNormallyWithATruncatedWarning(String cutAfter) throws Exception {
        String full = Files.readString(resource("discord/busy-channel.json"));
        int at = full.lastIndexOf(cutAfter);
        assertThat(at).as("fixture contains %s", cutAfter).isPositive();
        DiscordExportReader reader = reader("cut.json", full.substring(0, at + cutAfter.length()));

        readAll(reader);

        assertThat(reader.report().truncated()).isTrue();
    }

    @Test
    void exportCutAfterItsMessagesLosesNoMessage() throws Exception {
        String full = Files.readString(resource("discord/busy-channel.json"));
        DiscordExportReader reader = reader("cut.json", full.substring(0, full.lastIndexOf("\"messageCount\"") + 5));

        assertThat(messagesOf(readAll(reader))).hasSize(6);
        assertThat(reader.report().truncated()).isFalse();
        assertThat(reader.report().warnings()).anyMatch(w -> w.contains("all 6 messages were read"));
    }

    @Test
    void malformedJsonNamesTheLineColumnAndMessagesRead() throws Exception {
        String full = Files.readString(resource("discord/minimal.json"));
        String broken = full.replace("\"content\":\"@Ana we use", "\"content\" \"@Ana we use");

        DiscordExportReader reader = reader("broken.json", broken);
        assertThat(reader.next()).isInstanceOf(ChatMessage.class);
        assertThatThrownBy(reader::next)
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(10);
                    assertThat(e.column()).isEqualTo(14);
                    assertThat(e.messagesRead()).isEqualTo(1);
                    assertThat(e.getMessage()).startsWith("broken.json:10:14: not valid JSON")
                            .endsWith("(1 message read before this)");
                });
    }

    @Test
    void emptyFileIsAnError() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.json"));

        assertThatThrownBy(() -> readDiscord(empty)).isInstanceOf(ImportException.class)
                .hasMessageEndingWith("file is empty");
    }

    @Test
    void fileOfOnlyBlanksIsEmpty() {
        assertThatThrownBy(() -> readAll(reader("blank.json", "  \n\t\n"))).isInstanceOf(ImportException.class)
                .hasMessageEndingWith("file is empty");
    }

    @Test
    void jsonThatIsNotAnExportIsRejectedClearly() {
        assertThatThrownBy(() -> readDiscord(resource("discord/not-an-export.json")))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("not a DiscordChatExporter JSON export: there is no \"messages\" array");
    }

    @Test
    void jsonArrayIsNotAnExport() {
        assertThatThrownBy(() -> readAll(reader("array.json", "[1, 2, 3]")))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("not a DiscordChatExporter JSON export: it does not start with a JSON object");
    }

    @Test
    void exportWithoutAChannelBeforeItsMessagesIsRejected() {
        assertThatThrownBy(() -> readAll(reader("nochannel.json", "{\"guild\":{\"id\":\"1\"},\"messages\":[]}")))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("no \"channel\" object with an \"id\"");
    }

    @Test
    void fileCutBeforeItsMessagesIsAnError() {
        assertThatThrownBy(() -> readAll(reader("header.json", "{\"guild\":{\"id\":\"1\",\"na")))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("truncated: it ends before its \"messages\" array");
    }

    @Test
    void aMessageWithABadTimestampIsSkippedNamedWithItsPlaceAndTheRestIsRead() throws Exception {
        String json = "{\"guild\":{\"id\":\"1\"},\"channel\":{\"id\":\"2\"},\"messages\":[\n"
                + "{\"id\":\"5\",\"type\":\"Default\",\"timestamp\":\"yesterday\",\"content\":\"hi\",\"author\":{\"id\":\"7\"}},\n"
                + "{\"id\":\"6\",\"type\":\"Default\",\"timestamp\":\"2026-01-05T09:00:00+00:00\",\"content\":\"hi\",\"author\":{\"id\":\"7\"}},\n"
                + "42,\n"
                + "{\"id\":\"8\",\"type\":\"Default\",\"timestamp\":\"2026-01-05T09:01:00+00:00\",\"content\":\"hi\"}]}";
        DiscordExportReader reader = reader("badtime.json", json);

        assertThat(messagesOf(readAll(reader))).extracting(m -> m.id().value()).containsExactly("6");
        assertThat(reader.report().badMessages()).isEqualTo(3);
        assertThat(reader.report().warnings()).singleElement().asString()
                .startsWith("3 bad messages skipped (2:1: message 5 has a bad \"timestamp\" \"yesterday\"")
                .contains("4:1: expected a message object, found a number")
                .contains("5:1: message 8 has no \"author\" with an \"id\"");
    }

    @Test
    void aLoneSurrogateInTextOrNameIsRepairedAndFlaggedWithItsPlace() throws Exception {
        String json = "{\"guild\":{\"id\":\"1\"},\"channel\":{\"id\":\"2\"},\"messages\":[\n"
                + "{\"id\":\"5\",\"type\":\"Default\",\"timestamp\":\"2026-01-05T09:00:00+00:00\",\"content\":\"bad \\udc00 text\","
                + "\"author\":{\"id\":\"7\",\"name\":\"x\\ud800\"}}]}";
        DiscordExportReader reader = reader("surrogate.json", json);

        ChatMessage m = messagesOf(readAll(reader)).get(0);

        assertThat(m.text()).isEqualTo("bad \uFFFD text");
        assertThat(reader.displayNames()).containsValue("x\uFFFD");
        assertThat(reader.report().warnings()).singleElement().asString()
                .contains("1 message had text that is not valid Unicode").contains("2:1");
    }

    @Test
    void emptyMessagesArrayIsAnExportWithNothingInIt() throws Exception {
        DiscordExportReader reader = reader("none.json",
                "{\"guild\":{\"id\":\"1\"},\"channel\":{\"id\":\"2\"},\"messages\":[],\"messageCount\":0}");

        assertThat(readAll(reader)).isEmpty();
        assertThat(reader.report().warnings()).isEmpty();
    }

    @Test
    void progressReachesTheFileSizeAtTheEnd() throws Exception {
        Path file = resource("discord/busy-channel.json");
        DiscordExportReader reader = new DiscordExportReader(file);

        readAll(reader);

        assertThat(reader.size()).isEqualTo(Files.size(file));
        assertThat(reader.position()).isEqualTo(Files.size(file));
        assertThat(reader.fraction()).isEqualTo(1.0);
    }

    private static DiscordExportReader reader(String name, String json) throws ImportException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return new DiscordExportReader(name, new ByteArrayInputStream(bytes), bytes.length,
                DiscordExportReader.DEFAULT_REMEMBERED_AUTHORS);
    }

    private static List<ChatMessage> messages(Path file) throws ImportException, IOException {
        return messagesOf(readDiscord(file));
    }

    private static List<ChatMessage> messagesOf(List<ChatEvent> events) {
        return events.stream().filter(ChatMessage.class::isInstance).map(ChatMessage.class::cast).toList();
    }

    private static ChatMessage byId(List<ChatMessage> messages, String id) {
        Optional<ChatMessage> found = messages.stream().filter(m -> m.id().value().equals(id)).findFirst();
        assertThat(found).as("message %s", id).isPresent();
        return found.get();
    }
}
