package dev.rapport.bot.testlog;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.encoder.Encoder;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Keeps the test log in memory instead of printing it: a passing build stays quiet (JDA's shutdown chatter, expected
 * failures a test provokes), and {@link PrintLogOnFailure} prints what a failed test logged. Bounded: the newest
 * {@code capacity} events are kept.
 */
public final class HeldLogAppender extends AppenderBase<ILoggingEvent> {
    private final Deque<ILoggingEvent> held = new ArrayDeque<>();
    private Encoder<ILoggingEvent> encoder;
    private int capacity = 2_000;

    public void setEncoder(Encoder<ILoggingEvent> encoder) {
        this.encoder = encoder;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        event.prepareForDeferredProcessing();
        held.addLast(event);
        if (held.size() > capacity) {
            held.removeFirst();
        }
    }

    /** Forgets what was logged so far (a new test starts). */
    public synchronized void clear() {
        held.clear();
    }

    /** Prints what was logged since the last {@link #clear()} to {@code out}. */
    public synchronized void printTo(PrintStream out) {
        for (ILoggingEvent event : held) {
            out.print(encoder == null ? event.getFormattedMessage() + System.lineSeparator()
                    : new String(encoder.encode(event), StandardCharsets.UTF_8));
        }
        out.flush();
    }

    @Override
    public void start() {
        if (encoder != null && !encoder.isStarted()) {
            encoder.start();
        }
        super.start();
    }
}
