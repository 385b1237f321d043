package dev.rapport.bot.importer;

import dev.rapport.rules.model.ChatEvent;

import java.io.Closeable;
import java.io.IOException;

/**
 * Reads one chat export as a stream of normalised events, in time order, holding only what it needs for the
 * next event (memory does not grow with the file's size).
 *
 * <p>Contract: {@link #next()} returns the next event, or {@code null} at the end. A malformed input throws an
 * {@link ImportException} that says which file, where, and how many messages were read before it; a truncated
 * input ends normally after the last complete message and records a warning in {@link #report()}.
 *
 * <p>Progress defaults to "unknown" so that a reader over a source without a size still fits.
 */
public interface EventReader extends Closeable, Progress {

    /** The next event, or {@code null} when the input is exhausted. */
    ChatEvent next() throws ImportException;

    /** What was read so far: counts, skipped items, warnings. Complete once {@link #next()} returned null. */
    ImportReport report();

    /**
     * Display names of the people seen so far, where the format tells them (a DiscordChatExporter export does;
     * an IRC log's ids are already nicks). For reports only: names are never stored.
     */
    default java.util.Map<dev.rapport.rules.model.UserId, String> displayNames() {
        return java.util.Map.of();
    }

    /**
     * Account names (Discord's unique user name) where they differ from the display name, so a person can be
     * found by either. For reports only: never stored.
     */
    default java.util.Map<dev.rapport.rules.model.UserId, String> usernames() {
        return java.util.Map.of();
    }

    /** Names of the channels and threads read, where the format tells them. For reports only. */
    default java.util.Map<dev.rapport.rules.model.ChannelId, String> channelNames() {
        return java.util.Map.of();
    }

    @Override
    default long position() {
        return 0;
    }

    @Override
    default long size() {
        return -1;
    }

    @Override
    void close() throws IOException;
}
