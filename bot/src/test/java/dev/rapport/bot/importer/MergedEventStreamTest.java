package dev.rapport.bot.importer;

import dev.rapport.bot.importer.discord.DiscordExportBuilder;
import dev.rapport.bot.importer.discord.DiscordExportReader;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.ChatEvent;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.ReactionAdded;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static dev.rapport.bot.importer.ImporterFixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MergedEventStreamTest {
    private static final Instant T = Instant.parse("2026-01-05T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void channelFilesOfAGuildReplayInGlobalTimeOrder() throws Exception {
        Path general = new DiscordExportBuilder("1", "10")
                .message("1", T, "ana", "morning").message("4", T.plusSeconds(30), "ana", "anyone?")
                .message("5", T.plusSeconds(40), "ben", "me").writeTo(dir.resolve("general.json"));
        Path help = new DiscordExportBuilder("1", "20")
                .message("2", T.plusSeconds(10), "cleo", "help please").message("3", T.plusSeconds(20), "dan", "sure")
                .message("6", T.plusSeconds(50), "cleo", "thanks").writeTo(dir.resolve("help.json"));

        List<ChatEvent> events = readAll(new MergedEventStream(List.of(
                new DiscordExportReader(general), new DiscordExportReader(help))));

        assertThat(events).extracting(e -> ((ChatMessage) e).id().value()).containsExactly("1", "2", "3", "4", "5", "6");
    }

    @Test
    void eventsAtTheSameTimeKeepTheOrderOfTheirInputs() throws Exception {
        MergedEventStream merged = new MergedEventStream(List.of(
                new ListEventReader("a", List.of(message("a1", T), message("a2", T))),
                new ListEventReader("b", List.of(message("b1", T.minusSeconds(1)), message("b2", T)))));

        assertThat(readAll(merged)).extracting(e -> ((ChatMessage) e).id().value())
                .containsExactly("b1", "a1", "a2", "b2");
    }

    @Test
    void messageInTwoOverlappingExportsIsReplayedOnceAndCounted() throws Exception {
        MergedEventStream merged = new MergedEventStream(List.of(
                new ListEventReader("week1", List.of(message("1", T), message("2", T.plusSeconds(1)))),
                new ListEventReader("week1-again", List.of(message("2", T.plusSeconds(1)), message("3", T.plusSeconds(2))))));

        List<ChatEvent> events = readAll(merged);

        assertThat(events).extracting(e -> ((ChatMessage) e).id().value()).containsExactly("1", "2", "3");
        assertThat(merged.duplicateMessages()).isEqualTo(1);
        assertThat(merged.report().messages()).isEqualTo(3);
        assertThat(merged.reports().get(1).duplicates()).isEqualTo(1);
        assertThat(merged.reports().get(1).messages()).isEqualTo(1);
        assertThat(merged.reports().get(1).warnings())
                .contains("1 duplicate message ignored (already read from another file: overlapping exports?)");
    }

    @Test
    void reactionsThatCameWithADroppedCopyAreDroppedToo() throws Exception {
        ReactionAdded reaction = new ReactionAdded(MessageId.of("1"), UserId.of("ana"), UserId.of("ben"), T,
                CommunityId.of("g"), ChannelId.of("c"));
        MergedEventStream merged = new MergedEventStream(List.of(
                new ListEventReader("first", List.of(message("1", T), reaction)),
                new ListEventReader("copy", List.of(message("1", T), reaction))));

        assertThat(readAll(merged)).containsExactly(message("1", T), reaction);
    }

    @Test
    void dedupForgetsIdsBeyondItsWindow() throws Exception {
        MergedEventStream merged = new MergedEventStream(List.of(
                new ListEventReader("a", List.of(message("1", T), message("2", T.plusSeconds(1)),
                        message("3", T.plusSeconds(2)), message("1", T.plusSeconds(3))))), 2);

        assertThat(readAll(merged)).hasSize(4);
        assertThat(merged.duplicateMessages()).isZero();
    }

    @Test
    void reportSumsTheSourcesAndNamesWhereEachWarningComesFrom() throws Exception {
        MergedEventStream merged = new MergedEventStream(List.of(
                new ListEventReader("a.json", List.of(message("1", T))),
                new ListEventReader("b.json", List.of(message("2", T)), List.of("the file is truncated: ..."))));
        readAll(merged);

        ImportReport report = merged.report();

        assertThat(report.source()).isEqualTo("2 files");
        assertThat(report.messages()).isEqualTo(2);
        assertThat(report.warnings()).containsExactly("b.json: the file is truncated: ...");
        assertThat(report.truncated()).isTrue();
        assertThat(merged.reports()).extracting(ImportReport::source).containsExactly("a.json", "b.json");
    }

    @Test
    void progressAddsUpTheSources() throws Exception {
        MergedEventStream merged = new MergedEventStream(List.of(
                new ListEventReader("a", List.of(message("1", T), message("2", T))),
                new ListEventReader("b", List.of(message("3", T)))));

        assertThat(merged.size()).isEqualTo(300);
        assertThat(merged.position()).isZero();
        readAll(merged);
        assertThat(merged.position()).isEqualTo(300);
    }

    @Test
    void closingClosesEverySourceEvenWhenOneFails() {
        ListEventReader first = new ListEventReader("a", List.of());
        ListEventReader last = new ListEventReader("c", List.of());
        EventReader broken = new EventReader() {
            @Override
            public ChatEvent next() {
                return null;
            }

            @Override
            public ImportReport report() {
                return new ImportReport("b", ExportFormat.JSONL, 0, 0, 0, List.of());
            }

            @Override
            public void close() throws IOException {
                throw new IOException("disk gone");
            }
        };
        MergedEventStream merged = new MergedEventStream(List.of(first, broken, last));

        assertThatThrownBy(merged::close).isInstanceOf(IOException.class).hasMessage("disk gone");
        assertThat(first.closed).isTrue();
        assertThat(last.closed).isTrue();
    }

    private static ChatMessage message(String id, Instant time) {
        return ChatMessage.builder().id(id).at(time).in("g", "c").by("user" + id).text("text " + id).build();
    }
}
