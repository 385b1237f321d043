package dev.rapport.bot.importer;

import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.ChatEvent;
import dev.rapport.rules.model.UserId;

import java.io.IOException;
import java.util.Map;

/**
 * A reader that hands on another reader's events, names, report and progress: a subclass overrides {@link #next()}
 * to look at (or count) each event on its way.
 */
public abstract class ForwardingEventReader implements EventReader {
    private final EventReader reader;

    protected ForwardingEventReader(EventReader reader) {
        this.reader = reader;
    }

    @Override
    public ChatEvent next() throws ImportException {
        return reader.next();
    }

    @Override
    public ImportReport report() {
        return reader.report();
    }

    @Override
    public Map<UserId, String> displayNames() {
        return reader.displayNames();
    }

    @Override
    public Map<UserId, String> usernames() {
        return reader.usernames();
    }

    @Override
    public Map<ChannelId, String> channelNames() {
        return reader.channelNames();
    }

    @Override
    public long position() {
        return reader.position();
    }

    @Override
    public long size() {
        return reader.size();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
