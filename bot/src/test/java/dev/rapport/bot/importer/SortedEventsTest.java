package dev.rapport.bot.importer;

import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.ChatEvent;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.ReactionAdded;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static dev.rapport.bot.importer.ImporterFixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One file's events come out in time order and each message once, however the export wrote them. */
class SortedEventsTest {
    private static final Instant T = Instant.parse("2026-01-05T09:00:00Z");

    @TempDir
    Path temp;
    private final AtomicInteger opened = new AtomicInteger();

    private static ChatMessage message(String id, int minute, String author) {
        return ChatMessage.builder().id(id).at(T.plusSeconds(60L * minute)).in("g", "c").by(author)
                .text("message " + id).build();
    }

    private static ChatMessage reply(String id, int minute, String author, String parent) {
        return ChatMessage.builder().id(id).at(T.plusSeconds(60L * minute)).in("g", "c").by(author)
                .replyTo(parent, null).text("reply " + id).build();
    }

    /** {@code n} messages a minute apart, by three people in turn. */
    private static List<ChatEvent> conversation(int n) {
        List<ChatEvent> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            events.add(message(String.valueOf(i), i, "p" + (i % 3)));
        }
        return events;
    }

    private SortedEvents sorted(List<ChatEvent> fileOrder, int window, int runSize) {
        return new SortedEvents(() -> {
            opened.incrementAndGet();
            return new ListEventReader("f.jsonl", fileOrder);
        }, SortedEvents.OrderCheck.UNKNOWN, "f.jsonl", ExportFormat.JSONL, window, true, temp, runSize);
    }

    private static List<String> ids(List<ChatEvent> events) {
        return events.stream().map(e -> e instanceof ChatMessage m ? m.id().value() : "r").toList();
    }

    @Test
    void aFileInOrderComesOutAsItIsWithNothingToSay() throws Exception {
        SortedEvents events = sorted(conversation(10), 100, 1000);

        assertThat(readAll(events)).isEqualTo(conversation(10));
        assertThat(events.report().warnings()).isEmpty();
        assertThat(events.report().reordered()).isZero();
    }

    @Test
    void aFileVouchedInOrderIsReadOnceStraightThrough() throws Exception {
        SortedEvents events = new SortedEvents(() -> {
            opened.incrementAndGet();
            return new ListEventReader("f.json", conversation(500));
        }, () -> true, "f.json", ExportFormat.DISCORD_JSON, 10, true, temp);

        assertThat(readAll(events)).isEqualTo(conversation(500));
        assertThat(opened).hasValue(1);
        assertThat(events.report().warnings()).isEmpty();
    }

    @Test
    void aFileWronglyVouchedInOrderFailsLoudlyInsteadOfBeingCoachedOutOfOrder() throws Exception {
        List<ChatEvent> swapped = new ArrayList<>(conversation(5));
        Collections.swap(swapped, 1, 3);
        SortedEvents events = new SortedEvents(() -> new ListEventReader("f.json", swapped), () -> true, "f.json",
                ExportFormat.DISCORD_JSON, 10, true, temp);

        assertThatThrownBy(() -> readAll(events)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("f.json: the order check said the file is in time order");
    }

    @Test
    void aFileTheCheckCannotVouchForIsSortedAsBefore() throws Exception {
        List<ChatEvent> nearly = new ArrayList<>(conversation(500));
        for (int i = 0; i + 3 < nearly.size(); i += 7) {
            Collections.swap(nearly, i, i + 3);
        }
        SortedEvents events = new SortedEvents(() -> {
            opened.incrementAndGet();
            return new ListEventReader("f.json", nearly);
        }, () -> false, "f.json", ExportFormat.DISCORD_JSON, 10, true, temp);

        assertThat(readAll(events)).isEqualTo(conversation(500));
        assertThat(opened).hasValue(2);
    }

    @Test
    void aReversedSmallFileIsSortedInMemoryAndReadOnce() throws Exception {
        List<ChatEvent> reversed = new ArrayList<>(conversation(50));
        Collections.reverse(reversed);
        SortedEvents events = sorted(reversed, 100, 1000);

        assertThat(readAll(events)).isEqualTo(conversation(50));
        assertThat(opened).hasValue(1);
        assertThat(events.report().reordered()).isEqualTo(49);
        assertThat(events.report().warnings())
                .containsExactly("49 messages dated before an earlier one in the file were put in time order");
    }

    @Test
    void aNearlySortedLargeFileIsSortedThroughItsWindowOnASecondReading() throws Exception {
        List<ChatEvent> nearly = new ArrayList<>(conversation(500));
        for (int i = 0; i + 3 < nearly.size(); i += 7) {
            Collections.swap(nearly, i, i + 3);
        }
        SortedEvents events = sorted(nearly, 10, 1000);

        assertThat(readAll(events)).isEqualTo(conversation(500));
        assertThat(opened).hasValue(2);
        assertThat(events.report().reordered()).isPositive();
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aFileMoreOutOfOrderThanTheWindowIsSortedThroughTemporaryFilesThatAreDeletedAfter() throws Exception {
        List<ChatEvent> reversed = new ArrayList<>(conversation(1000));
        Collections.reverse(reversed);
        SortedEvents events = sorted(reversed, 10, 64);

        List<ChatEvent> read = readAll(events);

        assertThat(read).isEqualTo(conversation(1000));
        assertThat(events.report().messages()).isEqualTo(1000);
        assertThat(events.report().warnings()).singleElement().asString()
                .contains("999 messages dated before an earlier one", "sorted through a temporary file");
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aLateReactionInALargeFileIsPutInOrderToo() throws Exception {
        List<ChatEvent> events = new ArrayList<>(conversation(300));
        ChatMessage early = (ChatMessage) events.get(10);
        ReactionAdded late = new ReactionAdded(early.id(), early.author(), UserId.of("zed"), early.time().plusSeconds(5),
                CommunityId.of("g"), ChannelId.of("c"));
        events.add(15, late);
        List<ChatEvent> expected = new ArrayList<>(events);
        expected.sort(Comparator.comparing(ChatEvent::time));

        assertThat(readAll(sorted(events, 20, 1000))).isEqualTo(expected);
    }

    @Test
    void equalTimesKeepFileOrderWhicheverWayTheFileIsSorted() throws Exception {
        List<ChatEvent> sameMinute = List.of(message("b", 1, "x"), message("a", 1, "y"), message("c", 0, "z"));

        assertThat(ids(readAll(sorted(sameMinute, 10, 1000)))).containsExactly("c", "b", "a");
        assertThat(ids(readAll(sorted(sameMinute, 1, 1)))).containsExactly("c", "b", "a");
    }

    @Test
    void aFilePastedTwiceCountsEachMessageOnceAndSaysSo() throws Exception {
        List<ChatEvent> twice = new ArrayList<>(conversation(20));
        twice.addAll(conversation(20));
        SortedEvents events = sorted(twice, 100, 1000);

        assertThat(readAll(events)).isEqualTo(conversation(20));
        assertThat(events.report().messages()).isEqualTo(20);
        assertThat(events.report().duplicates()).isEqualTo(20);
        assertThat(events.report().warnings()).contains("20 duplicate messages ignored (the same id and time again in this file)");
    }

    @Test
    void theCopysReactionsAreDroppedWithItButAnEditIsKept() throws Exception {
        ChatMessage original = message("1", 0, "ana");
        ReactionAdded like = new ReactionAdded(original.id(), original.author(), UserId.of("ben"), original.time(),
                CommunityId.of("g"), ChannelId.of("c"));
        ChatMessage edited = original.withText("edited", List.of());
        SortedEvents events = sorted(List.of(original, like, original, like, edited), 100, 1000);

        assertThat(readAll(events)).containsExactly(original, like, edited);
        assertThat(events.report().duplicates()).isEqualTo(1);
    }

    @Test
    void aReplyReadBeforeItsParentLearnsThePartnersAuthorOnceSorted() throws Exception {
        List<ChatEvent> replyFirst = List.of(reply("2", 5, "ben", "1"), message("1", 0, "ana"));

        ChatMessage answered = (ChatMessage) readAll(sorted(replyFirst, 100, 1000)).get(1);

        assertThat(answered.replyToAuthor()).contains(UserId.of("ana"));
    }

    @Test
    void aFormatThatLeavesReplyAuthorsOutOnPurposeKeepsThemOut() throws Exception {
        List<ChatEvent> replyFirst = List.of(reply("2", 5, "ben", "1"), message("1", 0, "ana"));
        SortedEvents events = new SortedEvents(() -> new ListEventReader("log", replyFirst), "log", ExportFormat.IRC,
                100, false, temp);

        assertThat(((ChatMessage) readAll(events).get(1)).replyToAuthor()).isEmpty();
    }

    @Test
    void aBrokenFileGivesWhatCameBeforeTheBreakSortedThenTheProblem() throws Exception {
        List<ChatEvent> before = List.of(message("2", 2, "a"), message("1", 1, "b"));
        SortedEvents events = new SortedEvents(() -> new BreakingReader(before), "broken.json",
                ExportFormat.DISCORD_JSON, 100, true, temp);

        assertThat(ids(List.of(events.next(), events.next()))).containsExactly("1", "2");
        assertThatThrownBy(events::next).isInstanceOf(ImportException.class).hasMessageStartingWith("broken.json:9:1: not valid JSON");
    }

    @Test
    void sortingIsStableOverManyRunsAtTheSizesOfARealChannel() throws Exception {
        List<ChatEvent> shuffled = new ArrayList<>(conversation(20_000));
        Collections.shuffle(shuffled, new java.util.Random(7));
        List<ChatEvent> expected = new ArrayList<>(shuffled);
        expected.sort(Comparator.comparing(ChatEvent::time));

        assertThat(readAll(sorted(shuffled, 500, 3_000))).isEqualTo(expected);
    }

    /** Gives its events, then fails as a broken file does. */
    private static final class BreakingReader implements EventReader {
        private final List<ChatEvent> events;
        private int next;

        BreakingReader(List<ChatEvent> events) {
            this.events = events;
        }

        @Override
        public ChatEvent next() throws ImportException {
            if (next < events.size()) {
                return events.get(next++);
            }
            throw new ImportException("broken.json", 9, 1, events.size(), "not valid JSON");
        }

        @Override
        public ImportReport report() {
            return new ImportReport("broken.json", ExportFormat.DISCORD_JSON, next, 0, 0, List.of());
        }

        @Override
        public void close() {
        }
    }

    static MessageId id(String value) {
        return MessageId.of(value);
    }
}
