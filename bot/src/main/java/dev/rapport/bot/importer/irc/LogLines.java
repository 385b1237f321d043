package dev.rapport.bot.importer.irc;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The lines of a text file, one at a time. Only {@code \n} ends a line (a lone {@code \r} inside a message
 * must not shift the line numbers that annotations refer to); a trailing {@code \r} is dropped. Bytes that are
 * not UTF-8 become U+FFFD instead of failing. A line longer than {@link #MAX_LINE} characters is cut there, so
 * one broken line cannot take all the memory.
 */
final class LogLines implements Closeable {
    static final int MAX_LINE = 65_536;

    private final BufferedReader in;
    private final StringBuilder line = new StringBuilder(256);
    private boolean first = true;

    LogLines(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        this.in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
    }

    /** The next line without its line ending, or {@code null} at the end of the file. */
    String next() throws IOException {
        line.setLength(0);
        int c = in.read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n') {
            if (line.length() < MAX_LINE) {
                line.append((char) c);
            }
            c = in.read();
        }
        int len = line.length();
        if (len > 0 && line.charAt(len - 1) == '\r') {
            line.setLength(len - 1);
        }
        if (first) {
            first = false;
            if (line.length() > 0 && line.charAt(0) == '\uFEFF') {
                line.deleteCharAt(0);
            }
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
