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

    /** How much of a file is looked at to tell text from binary data. */
    static final int TEXT_SAMPLE = 8192;

    /**
     * Refuses a file that is plainly not text (a NUL byte early on: an image, an archive, a spreadsheet), so the
     * person reads what is wrong instead of a decoder's "Input length = 1".
     *
     * @param expected what the file should have been, for the message ("a CSV file")
     */
    public static void requireText(Path file, String expected) throws ImportException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(TEXT_SAMPLE);
        } catch (NoSuchFileException e) {
            throw new ImportException(file.toString(), "no such file");
        } catch (IOException e) {
            throw new ImportException(file.toString(), "cannot be read: " + e.getMessage());
        }
        for (byte b : head) {
            if (b == 0) {
                throw new ImportException(file.toString(), "is a binary file, not " + expected);
            }
        }
    }

    /** The message for text that is not UTF-8: where a person can look, and what to do. */
    public static ImportException notUtf8(Path file, String expected) {
        return new ImportException(file.toString(), "is not UTF-8 text (" + expected + " is read as UTF-8; a binary "
                + "file, or text saved in another encoding: save it as UTF-8)");
    }
}
