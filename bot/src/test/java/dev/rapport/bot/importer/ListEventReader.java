package dev.rapport.bot.importer;

import dev.rapport.rules.model.ChatEvent;
import dev.rapport.rules.model.ChatMessage;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** A reader over events given in a test, remembering whether it was closed. */
final class ListEventReader implements EventReader {
    private final String source;
    private final Deque<ChatEvent> events;
    private final long size;
    private final List<String> warnings;
    private long position;
    private long messages;
    boolean closed;

    ListEventReader(String source, List<? extends ChatEvent> events) {
        this(source, events, List.of());
    }

    ListEventReader(String source, List<? extends ChatEvent> events, List<String> warnings) {
        this.source = source;
        this.events = new ArrayDeque<>(events);
        this.size = events.size() * 100L;
        this.warnings = warnings;
    }

    @Override
    public ChatEvent next() {
        ChatEvent event = events.poll();
        if (event != null) {
            position += 100;
        }
        if (event instanceof ChatMessage) {
            messages++;
        }
        return event;
    }

    @Override
    public ImportReport report() {
        return new ImportReport(source, ExportFormat.JSONL, messages, 0, 0, warnings);
    }

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
        closed = true;
    }
}
