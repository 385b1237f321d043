package dev.rapport.bot.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opening an input file the way every reader does: a person-readable error, and its size for progress. */
public final class InputFiles {
    private InputFiles() {
    }

    public static InputStream open(Path file) throws ImportException {
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(file.toString(), "no such file");
        } catch (IOException e) {
            throw new ImportException(file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    /** The file's size in bytes, or -1 when it cannot be told (progress is then unknown). */
    public static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
