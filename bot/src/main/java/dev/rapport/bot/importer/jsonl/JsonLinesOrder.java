package dev.rapport.bot.importer.jsonl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.rapport.bot.importer.TimestampSkim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;

/**
 * Whether a file of Rapport's JSON Lines is already in time order, from a skim of each line's {@code time}: no
 * tree and no event per line. Each line is at most one event, dated by its own {@code time}, and a line the
 * {@link JsonLinesReader} skips only removes an event, so times that never go back mean events that never go back.
 * Anything the skim cannot vouch for (a line that is not JSON, a time that is not a string or not a date) answers
 * "no", and the caller learns the order the thorough way.
 */
public final class JsonLinesOrder {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonLinesOrder() {
    }

    /** Whether every event of {@code file} is dated no earlier than the one before it; false when unsure. */
    public static boolean inTimeOrder(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return inTimeOrder(in);
        } catch (IOException e) {
            // Reading it properly will meet the same problem and report it.
            return false;
        }
    }

    /**
     * As {@link #inTimeOrder(Path)}, for lines read from {@code in} (not closed here).
     *
     * @throws IOException when {@code in} cannot be read (a line that is not JSON is a "no", not an error)
     */
    public static boolean inTimeOrder(InputStream in) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024);
        TimestampSkim order = new TimestampSkim();
        String line;
        try {
            while ((line = lines.readLine()) != null) {
                // A line without a time (blank, a comment, a bad event) makes no event: nothing to order.
                if (!order.next(time(line))) {
                    return false;
                }
            }
        } catch (JsonProcessingException | DateTimeException | IllegalArgumentException e) {
            return false;
        }
        return true;
    }

    /** The line's top-level {@code time} (the last one when written twice, as the reader keeps it), or null. */
    private static Instant time(String line) throws IOException {
        String content = line.strip();
        if (content.isEmpty() || content.startsWith("#") || content.startsWith("\uFEFF")) {
            // Blank lines and comments are skipped by the reader; a byte order mark starts the first line only.
            return content.startsWith("\uFEFF") ? time(content.substring(1)) : null;
        }
        try (JsonParser p = JSON.createParser(content)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            return TimestampSkim.field(p, "time");
        }
    }
}
