package dev.rapport.bot.importer.irc;

import dev.rapport.bot.importer.ExportFormat;
import dev.rapport.bot.importer.ImportException;
import dev.rapport.bot.importer.ImportReport;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.ChatEvent;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.RecordEnds;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IrcLogReaderTest {

    @TempDir
    Path dir;

    private Path log(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private record Read(List<ChatMessage> messages, ImportReport report) {
    }

    private static Read read(Path file) throws IOException, ImportException {
        List<ChatMessage> messages = new ArrayList<>();
        try (IrcLogReader reader = new IrcLogReader(file)) {
            for (ChatEvent e = reader.next(); e != null; e = reader.next()) {
                if (e instanceof ChatMessage m) {
                    messages.add(m);
                }
            }
            return new Read(messages, reader.report());
        }
    }

    @Test
    void messageLineBecomesAChatMessageWithAuthorTimeAndText() throws Exception {
        Read read = read(log("2004-11-15_03.raw.txt", "[03:10] <Yohannes> can anyone recommend an app for *.rar?"));
        ChatMessage m = read.messages().get(0);
        assertThat(m.author()).isEqualTo(UserId.of("yohannes"));
        assertThat(m.time()).isEqualTo(Instant.parse("2004-11-15T03:10:00Z"));
        assertThat(m.text()).isEqualTo("can anyone recommend an app for *.rar?");
        assertThat(m.community()).isEqualTo(CommunityId.of("irc"));
        assertThat(read.report().format()).isEqualTo(ExportFormat.IRC);
    }

    /** A log stops where its logger stopped: read for coaching, its last event says the channel's record ends there. */
    @Test
    void theLogEndsWithTheRecordOfItsChannelStoppingAtTheLastLine() throws Exception {
        Path file = log("2007-05-02_09.raw.txt", "=== ana has joined #potters", "[09:10] <ana> kiln is at cone 6",
                "[09:42] <kit> ana: how long does it take to cool?");
        List<ChatEvent> events = new ArrayList<>();
        try (IrcLogReader reader = new IrcLogReader(file)) {
            for (ChatEvent e = reader.next(); e != null; e = reader.next()) {
                events.add(e);
            }
        }
        assertThat(events).hasSize(3);
        assertThat(events.get(2)).isEqualTo(new RecordEnds(Instant.parse("2007-05-02T09:42:00Z"),
                CommunityId.of("irc"), ChannelId.of("#potters")));
    }

    private static List<ChatEvent> events(IrcLogReader reader) throws IOException, ImportException {
        List<ChatEvent> events = new ArrayList<>();
        try (reader) {
            for (ChatEvent e = reader.next(); e != null; e = reader.next()) {
                events.add(e);
            }
        }
        return events;
    }

    /**
     * Since session 37: whether the record's end is told is an option of its own, not whether bots are dropped: a
     * reader that keeps bots may tell it, and one that drops them may not.
     */
    @Test
    void theRecordsEndIsToldWhenAskedForWhetherBotsAreKeptOrNot() throws Exception {
        Path file = log("2009-03-03_10.raw.txt", "=== ana has joined #potters", "[10:00] <ana> !glaze",
                "[10:00] <ubottu> Glazes: see the pinned chart", "[10:03] <ana> thanks");
        RecordEnds end = new RecordEnds(Instant.parse("2009-03-03T10:03:00Z"), CommunityId.of("irc"),
                ChannelId.of("#potters"));

        List<ChatEvent> keptAndTold = events(IrcLogReader.builder(file).keepingBots(true)
                .tellingWhereTheRecordEnds(true).build());
        List<ChatEvent> droppedAndTold = events(IrcLogReader.builder(file).tellingWhereTheRecordEnds(true).build());
        List<ChatEvent> droppedNotTold = events(IrcLogReader.builder(file).tellingWhereTheRecordEnds(false).build());

        assertThat(keptAndTold).hasSize(4).last().isEqualTo(end);
        assertThat(droppedAndTold).hasSize(3).last().isEqualTo(end);
        assertThat(droppedNotTold).hasSize(2).allSatisfy(e -> assertThat(e).isInstanceOf(ChatMessage.class));
        assertThat(events(IrcLogReader.forCoaching(file))).isEqualTo(droppedAndTold);
    }

    /** Read for the reply evaluation, which scores messages only, the log gives its messages and nothing else. */
    @Test
    void readKeepingBotsTheLogGivesOnlyItsMessages() throws Exception {
        Path file = log("2007-05-02_09.raw.txt", "[09:10] <ana> kiln is at cone 6");
        try (IrcLogReader all = IrcLogReader.keepingBots(file)) {
            assertThat(all.next()).isInstanceOf(ChatMessage.class);
            assertThat(all.next()).isNull();
        }
    }

    @Test
    void botsAreNotCoachedButTheEvaluationStillSeesThem() throws Exception {
        Path file = log("2009-03-03_10.raw.txt", "[10:00] <ana> !ask", "[10:00] <ubottu> Please don't ask to ask",
                "[10:01] <ana> thanks");
        Read read = read(file);
        assertThat(read.messages()).extracting(m -> m.author().value()).containsExactly("ana", "ana");
        assertThat(read.report().botMessages()).isEqualTo(1);
        try (IrcLogReader all = IrcLogReader.keepingBots(file)) {
            int n = 0;
            while (all.next() != null) {
                n++;
            }
            assertThat(n).isEqualTo(3);
        }
    }

    /**
     * A helper calls up a factoid for someone and goes on talking to them: read for coaching, nobody speaks to the
     * bot (its lines are no events), so the helper's next line is said by turn, not to the bot.
     */
    @Test
    void aLineAfterABotsFactoidIsNotAReplyToTheBot() throws Exception {
        Read read = read(log("2009-03-03_10.raw.txt", "[10:00] <kit> how do I make a bootable usb stick?",
                "[10:01] <mara> !usb | kit", "[10:01] <ubottu> kit: For installing from a USB stick, see the wiki page",
                "[10:02] <kit> how?", "[10:02] <mara> the first link on that page, then pick your stick"));
        assertThat(read.messages()).noneMatch(m -> m.replyToAuthor().filter(a -> a.value().equals("ubottu")).isPresent()
                || m.mentions().contains(UserId.of("ubottu")));
    }

    @Test
    void aLineToAPersonAfterABotsFactoidStillSpeaksToThem() throws Exception {
        Read read = read(log("2009-03-03_10.raw.txt", "[10:00] <kit> how do I make a bootable usb stick?",
                "[10:01] <mara> !usb | kit", "[10:01] <ubottu> kit: For installing from a USB stick, see the wiki page",
                "[10:02] <kit> how?", "[10:02] <mara> kit: the first link on that page, then pick your stick"));
        assertThat(read.messages().get(read.messages().size() - 1).addressees()).containsExactly(UserId.of("kit"));
    }

    @Test
    void aBotWithANumberAfterBotInItsNickIsNotCoached() throws Exception {
        Read read = read(log("2009-03-03_10.raw.txt", "[10:00] <floodbot1> Please do not flood",
                "[10:00] <ana> sorry", "[10:01] <bot_fan> not a bot at all"));

        assertThat(read.messages()).extracting(m -> m.author().value()).containsExactly("ana", "bot_fan");
        assertThat(read.report().botMessages()).isEqualTo(1);
    }

    @Test
    void messageIdsAreTheFileStemAndTheZeroBasedLineNumberCountingSystemLines() throws Exception {
        Read read = read(log("2004-11-15_03.raw.txt",
                "[03:10] <a> one",
                "=== b [~b@host]  has joined #ubuntu",
                "",
                "[03:11] <b> two"));
        assertThat(read.messages()).extracting(ChatMessage::id)
                .containsExactly(MessageId.of("2004-11-15_03:0"), MessageId.of("2004-11-15_03:3"));
    }

    @Test
    void systemLinesAreSkippedAndCounted() throws Exception {
        Read read = read(log("2004-11-15_03.raw.txt",
                "=== compdude [kads@host]  has left #ubuntu []",
                "=== mode/#ubuntu [-b *!*@host]  by Seveas",
                "=== draconian [~d@host]  has joined #ubuntu",
                "=== someone has quit [Read error]",
                "[03:10] <a> hello"));
        assertThat(read.messages()).hasSize(1);
        assertThat(read.report().messages()).isEqualTo(1);
        assertThat(read.report().skipped()).isEqualTo(4);
        assertThat(read.report().warnings()).isEmpty();
    }

    @Test
    void channelComesFromTheFirstJoinLine() throws Exception {
        Read read = read(log("2004-11-15_03.raw.txt", "[03:10] <a> hello", "=== b [~b@host]  has joined #Ubuntu"));
        assertThat(read.messages().get(0).channel()).isEqualTo(ChannelId.of("#ubuntu"));
    }

    @Test
    void channelIsIrcWhenNoOneJoins() throws Exception {
        Read read = read(log("2004-11-15_03.raw.txt", "[03:10] <a> hello"));
        assertThat(read.messages().get(0).channel()).isEqualTo(ChannelId.of("irc"));
    }

    @Test
    void renamedPersonKeepsTheirFirstId() throws Exception {
        Read read = read(log("2009-02-23_10.raw.txt",
                "[10:00] <arvind_k> hi",
                "=== arvind_k is now known as arvind_khadri",
                "[10:01] <arvind_khadri> back"));
        assertThat(read.messages()).extracting(ChatMessage::author)
                .containsExactly(UserId.of("arvind_k"), UserId.of("arvind_k"));
    }

    @Test
    void renamedPersonCanBeAddressedByTheNewNick() throws Exception {
        Read read = read(log("2009-02-23_10.raw.txt",
                "[10:00] <arvind_k> my sound is broken",
                "=== arvind_k is now known as arvind_khadri",
                "[10:01] <helper> arvind_khadri: try alsamixer"));
        ChatMessage answer = read.messages().get(1);
        assertThat(answer.mentions()).containsExactly(UserId.of("arvind_k"));
        assertThat(answer.replyTo()).contains(MessageId.of("2009-02-23_10:0"));
    }

    @Test
    void timePassingMidnightAdvancesTheDay() throws Exception {
        Read read = read(log("2011-11-12.log", "[23:59] <a> late", "[00:01] <b> early"));
        assertThat(read.messages()).extracting(ChatMessage::time)
                .containsExactly(Instant.parse("2011-11-12T23:59:00Z"), Instant.parse("2011-11-13T00:01:00Z"));
    }

    @Test
    void dateHourNameDatesTheLinesBeforeMidnightOnTheDayBefore() throws Exception {
        // The corpus names a log after the hour it was annotated at, near its end.
        Read read = read(log("2011-11-13_02.raw.txt", "[21:29] <a> evening", "[02:21] <b> night"));
        assertThat(read.messages()).extracting(ChatMessage::time)
                .containsExactly(Instant.parse("2011-11-12T21:29:00Z"), Instant.parse("2011-11-13T02:21:00Z"));
    }

    @Test
    void smallStepBackInTimeKeepsTheEventsInOrder() throws Exception {
        Read read = read(log("2011-11-12.log", "[10:05] <a> one", "[10:04] <b> two"));
        assertThat(read.messages().get(1).time()).isEqualTo(Instant.parse("2011-11-12T10:05:00Z"));
    }

    @Test
    void actionLineIsAMessageByItsNick() throws Exception {
        Read read = read(log("2009-02-23_10.raw.txt", "[10:00]  * ActionParsnip gives quibbler a spoon"));
        ChatMessage m = read.messages().get(0);
        assertThat(m.author()).isEqualTo(UserId.of("actionparsnip"));
        assertThat(m.text()).isEqualTo("gives quibbler a spoon");
    }

    @Test
    void oldStyleActionWithoutTimeIsAMessageAtThePreviousTime() throws Exception {
        Read read = read(log("2005-08-08_01.raw.txt",
                "[01:10] <Raf99> time to watch 4400.",
                "=== f_newton mutters some oldfart rhetoric under his breath"));
        ChatMessage m = read.messages().get(1);
        assertThat(m.author()).isEqualTo(UserId.of("f_newton"));
        assertThat(m.time()).isEqualTo(Instant.parse("2005-08-08T01:10:00Z"));
        assertThat(m.id()).isEqualTo(MessageId.of("2005-08-08_01:1"));
    }

    @Test
    void addressedMessageCarriesTheMentionAndTheInferredReply() throws Exception {
        Read read = read(log("2004-11-15_03.raw.txt",
                "[03:10] <yohannes> can anyone recommend an app for *.rar?",
                "[03:10] <Hikaru79> yohannes, why not WinRAR?"));
        ChatMessage answer = read.messages().get(1);
        assertThat(answer.mentions()).containsExactly(UserId.of("yohannes"));
        assertThat(answer.replyTo()).contains(MessageId.of("2004-11-15_03:0"));
        assertThat(answer.replyToAuthor()).contains(UserId.of("yohannes"));
    }

    @Test
    void continuationOfOnesOwnMessageLinksItButNamesNoOneAnswered() throws Exception {
        Read read = read(log("2004-11-15_03.raw.txt",
                "[03:10] <Hikaru79> Just download RAR 3.41 for Linux",
                "[03:10] <Hikaru79> http://www.rarlab.com/"));
        ChatMessage second = read.messages().get(1);
        assertThat(second.replyTo()).contains(MessageId.of("2004-11-15_03:0"));
        assertThat(second.replyToAuthor()).isEmpty();
    }

    @Test
    void unreadableLinesAreSkippedCountedAndReported() throws Exception {
        Read read = read(log("2004-11-15_03.raw.txt", "[03:10] <a> hello", "this is not a log line", "[03:11] <b> hi"));
        assertThat(read.messages()).hasSize(2);
        assertThat(read.messages().get(1).id()).isEqualTo(MessageId.of("2004-11-15_03:2"));
        assertThat(read.report().skipped()).isEqualTo(1);
        assertThat(read.report().warnings()).singleElement().asString()
                .contains("1 line did not look like IRC log lines").contains("line 2");
    }

    @Test
    void fileWithNoLogLineIsRejectedAsNotAnIrcLog() throws Exception {
        Path file = log("2004-11-15_03.raw.txt", "{\"messages\": []}", "just some text");
        try (IrcLogReader reader = new IrcLogReader(file)) {
            assertThatThrownBy(reader::next).isInstanceOf(ImportException.class)
                    .hasMessageContaining(file.toString()).hasMessageContaining("does not look like an IRC log");
        }
    }

    @Test
    void emptyFileHasNoMessagesAndNoError() throws Exception {
        Path file = dir.resolve("2004-11-15_03.raw.txt");
        Files.writeString(file, "");
        assertThat(read(file).messages()).isEmpty();
    }

    @Test
    void fileNameWithoutADateIsDated1970AndWarned() throws Exception {
        Read read = read(log("channel.log", "[03:10] <a> hello"));
        assertThat(read.messages().get(0).time()).isEqualTo(Instant.parse("1970-01-01T03:10:00Z"));
        assertThat(read.report().warnings()).singleElement().asString()
                .contains("no date in the file name").contains("DATE_HH");
    }

    @Test
    void dateAnywhereInTheNameIsUsed() throws Exception {
        Read read = read(log("ubuntu-2016-12-19.txt", "[20:29] <a> hello"));
        assertThat(read.messages().get(0).time()).isEqualTo(Instant.parse("2016-12-19T20:29:00Z"));
        assertThat(read.report().warnings()).isEmpty();
    }

    @Test
    void bytesThatAreNotUtf8AreReplacedNotFatal() throws Exception {
        Path file = dir.resolve("2004-11-15_03.raw.txt");
        byte[] latin1 = "[03:10] <a> caf\u00e9 ok\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, latin1);
        assertThat(read(file).messages().get(0).text()).isEqualTo("caf\uFFFD ok");
    }

    @Test
    void carriageReturnInsideALineDoesNotShiftLineNumbers() throws Exception {
        Path file = dir.resolve("2004-11-15_03.raw.txt");
        Files.writeString(file, "[03:10] <a> one\rstill one\r\n[03:11] <b> two\n");
        assertThat(read(file).messages()).extracting(ChatMessage::id)
                .containsExactly(MessageId.of("2004-11-15_03:0"), MessageId.of("2004-11-15_03:1"));
    }

    @Test
    void missingFileIsAnImportErrorNamingIt() {
        Path file = dir.resolve("2004-11-15_03.raw.txt");
        IrcLogReader reader = new IrcLogReader(file);
        assertThatThrownBy(reader::next).isInstanceOf(ImportException.class).hasMessageContaining(file.toString());
    }
}
