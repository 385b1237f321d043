package dev.rapport.bot.importer;

import dev.rapport.rules.model.ChatEvent;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads events on a thread of its own, ahead of whoever takes them, so that parsing an export and coaching it use
 * two cores: the reader fills batches of events and hands them over through a small bounded queue (at most
 * {@value #BATCHES} batches of {@value #BATCH} events wait, so memory stays bounded), in the reader's order.
 * Everything the reader reports — an input problem part-way, a failure, the end — arrives after the events read
 * before it, so a replay through it sees exactly what it would see reading directly.
 *
 * <p>The reader is used by the reading thread alone until the end has been taken; its reports and names may be read
 * after that. {@link #close()} stops the reading thread (if the taker gave up early) and closes the reader.
 */
public final class ReadAhead implements EventReader {
    static final int BATCH = 512;
    static final int BATCHES = 8;
    /** How long the taker waits for a batch before it looks whether the reading thread is still there. */
    private static final long WAIT_MILLIS = 200;

    /** A batch of events; the last one also carries how the reading ended. */
    private record Batch(ChatEvent[] events, int count, long position, boolean last, ImportException problem,
                         Throwable failure) {
    }

    private final EventReader reader;
    private final long size;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES);
    private final Thread thread;
    private volatile boolean stopped;
    /** What ended the reading thread when even handing its end over failed (out of memory while doing it). */
    private volatile Throwable died;

    private Batch current;
    private int next;
    private long position;
    private boolean ended;

    private ReadAhead(EventReader reader, String name) {
        this.reader = reader;
        this.size = reader.size();
        this.thread = new Thread(this::readAll, name);
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((t, failure) -> died = failure);
    }

    /** Starts reading {@code reader} ahead on a new thread named {@code name}. */
    public static ReadAhead start(EventReader reader, String name) {
        ReadAhead ahead = new ReadAhead(reader, name);
        ahead.thread.start();
        return ahead;
    }

    private void readAll() {
        ChatEvent[] events = new ChatEvent[BATCH];
        int count = 0;
        ImportException problem = null;
        Throwable failure = null;
        try {
            ChatEvent e;
            while (!stopped) {
                try {
                    e = reader.next();
                } catch (ImportException ex) {
                    problem = ex;
                    break;
                }
                if (e == null) {
                    break;
                }
                events[count++] = e;
                if (count == BATCH) {
                    queue.put(new Batch(events, count, reader.position(), false, null, null));
                    events = new ChatEvent[BATCH];
                    count = 0;
                }
            }
        } catch (InterruptedException ex) {
            // Asked to stop by close(): nobody takes the rest.
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException | Error ex) {
            // Handed to the taker, who meets it where it would have met it reading directly.
            failure = ex;
        }
        try {
            queue.put(new Batch(events, count, reader.position(), true, problem, failure));
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public ChatEvent next() throws ImportException {
        while (current == null || next == current.count()) {
            if (current != null && current.last()) {
                return end();
            }
            Batch taken;
            try {
                // Not take(): a reading thread that dies before it can hand its end over (out of memory while
                // making the last batch) would leave the taker waiting for ever.
                taken = queue.poll(WAIT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ImportException(reader.report().source(), "reading was interrupted");
            }
            if (taken == null) {
                if (!thread.isAlive() && queue.isEmpty()) {
                    return diedWithoutEnd();
                }
                continue;
            }
            current = taken;
            next = 0;
            position = current.position();
        }
        ChatEvent e = current.events()[next];
        current.events()[next++] = null;
        return e;
    }

    /** The reading thread ended without handing over its end: what ended it, as reading directly would meet it. */
    private ChatEvent diedWithoutEnd() {
        if (ended) {
            return null;
        }
        ended = true;
        current = null;
        Throwable failure = died;
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw new IllegalStateException("the reading thread of " + reader.report().source() + " stopped", failure);
    }

    /** The end of the events: how the reading ended, once. */
    private ChatEvent end() throws ImportException {
        if (ended) {
            return null;
        }
        ended = true;
        Throwable failure = current.failure();
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (current.problem() != null) {
            throw current.problem();
        }
        return null;
    }

    @Override
    public ImportReport report() {
        return reader.report();
    }

    @Override
    public java.util.Map<dev.rapport.rules.model.UserId, String> displayNames() {
        return reader.displayNames();
    }

    @Override
    public java.util.Map<dev.rapport.rules.model.UserId, String> usernames() {
        return reader.usernames();
    }

    @Override
    public java.util.Map<dev.rapport.rules.model.ChannelId, String> channelNames() {
        return reader.channelNames();
    }

    /** Bytes read as of the batch being taken: the progress of what was handed over, not of the reading ahead. */
    @Override
    public long position() {
        return position;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void close() throws IOException {
        stopped = true;
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            reader.close();
        }
    }
}
