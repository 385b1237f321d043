package dev.rapport.bot.importer;

import dev.rapport.rules.model.ChatEvent;
import dev.rapport.rules.model.ChatMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading ahead on a second thread hands over exactly what reading directly gives, in the same order. */
class ReadAheadTest {
    private static final Instant T = Instant.parse("2026-01-05T09:00:00Z");

    private static List<ChatMessage> messages(int count) {
        List<ChatMessage> messages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            messages.add(ChatMessage.builder().id("m" + i).at(T.plusSeconds(i)).in("g", "c").by("u" + (i % 7))
                    .text("message " + i).build());
        }
        return messages;
    }

    @Test
    void everyEventArrivesOnceInTheReadersOrderAcrossManyBatches() throws Exception {
        List<ChatMessage> written = messages(ReadAhead.BATCH * ReadAhead.BATCHES * 3 + 17);
        ListEventReader reader = new ListEventReader("chat.jsonl", written);

        List<ChatEvent> read = new ArrayList<>();
        try (ReadAhead ahead = ReadAhead.start(reader, "test-reader")) {
            ChatEvent e;
            while ((e = ahead.next()) != null) {
                read.add(e);
            }
            assertThat(ahead.next()).as("the end stays the end").isNull();
            assertThat(ahead.fraction()).isEqualTo(1.0);
            assertThat(ahead.report().messages()).isEqualTo(written.size());
        }

        assertThat(read).containsExactlyElementsOf(written);
        assertThat(reader.closed).isTrue();
    }

    @Test
    void aProblemPartWayComesAfterTheEventsReadBeforeIt() throws Exception {
        List<ChatMessage> written = messages(1000);
        EventReader broken = new Failing(new ListEventReader("chat.jsonl", written), 700,
                new ImportException("chat.jsonl", 12, 3, 700, "not valid JSON"));

        List<ChatEvent> read = new ArrayList<>();
        try (ReadAhead ahead = ReadAhead.start(broken, "test-reader")) {
            assertThatThrownBy(() -> {
                ChatEvent e;
                while ((e = ahead.next()) != null) {
                    read.add(e);
                }
            }).isInstanceOf(ImportException.class).hasMessageContaining("not valid JSON");
        }

        assertThat(read).containsExactlyElementsOf(written.subList(0, 700));
    }

    @Test
    void aFailureWhileReadingReachesTheTakerAsItself() throws Exception {
        OutOfMemoryError outOfMemory = new OutOfMemoryError("Java heap space");
        EventReader failing = new Failing(new ListEventReader("chat.jsonl", messages(10)), 4, outOfMemory);

        try (ReadAhead ahead = ReadAhead.start(failing, "test-reader")) {
            for (int i = 0; i < 4; i++) {
                assertThat(ahead.next()).isNotNull();
            }
            assertThatThrownBy(ahead::next).isSameAs(outOfMemory);
        }
    }

    @Test
    void aReadingThreadThatDiesBeforeHandingOverItsEndFailsTheTakerInsteadOfLeavingItWaiting() throws Exception {
        OutOfMemoryError outOfMemory = new OutOfMemoryError("Java heap space");
        // Out of memory again while the reading thread makes its last batch: nothing reaches the queue.
        EventReader failing = new Failing(new ListEventReader("chat.jsonl", messages(10)), 4, outOfMemory) {
            @Override
            public long position() {
                throw outOfMemory;
            }
        };

        try (ReadAhead ahead = ReadAhead.start(failing, "test-reader")) {
            assertThatThrownBy(ahead::next).isSameAs(outOfMemory);
        }
    }

    @Test
    void closingBeforeTheEndStopsTheReadingThreadAndClosesTheReader() throws Exception {
        ListEventReader reader = new ListEventReader("chat.jsonl", messages(ReadAhead.BATCH * ReadAhead.BATCHES * 4));
        CountDownLatch queueFull = new CountDownLatch(1);
        EventReader watched = new Failing(reader, Integer.MAX_VALUE, null) {
            @Override
            public ChatEvent next() throws ImportException {
                // More than the queue holds has been read: the reading thread now waits for the taker.
                if (reader.position() >= 100L * ReadAhead.BATCH * (ReadAhead.BATCHES + 1)) {
                    queueFull.countDown();
                }
                return super.next();
            }
        };

        ReadAhead ahead = ReadAhead.start(watched, "test-reader");
        assertThat(ahead.next()).isNotNull();
        assertThat(queueFull.await(30, TimeUnit.SECONDS)).isTrue();
        ahead.close();

        assertThat(reader.closed).isTrue();
    }

    /** A reader that fails after {@code after} events, with an input problem or an unchecked failure. */
    private static class Failing extends ForwardingEventReader {
        private final int after;
        private final Throwable failure;
        private int read;

        Failing(EventReader reader, int after, Throwable failure) {
            super(reader);
            this.after = after;
            this.failure = failure;
        }

        @Override
        public ChatEvent next() throws ImportException {
            if (read++ == after) {
                if (failure instanceof ImportException problem) {
                    throw problem;
                }
                if (failure instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) failure;
            }
            return super.next();
        }
    }
}
