package dev.rapport.bot.importer;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens an {@link EventReader} on a file. A constructor reference such as {@code IrcLogReader::new} fits,
 * whether or not that constructor declares {@link IOException} or {@link ImportException}.
 */
@FunctionalInterface
public interface ReaderFactory {
    EventReader open(Path file) throws IOException, ImportException;
}
