package dev.rapport.bot.importer.discord;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.rapport.bot.importer.TimestampSkim;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;

/**
 * Whether a DiscordChatExporter export is already in time order, from a skim of its tokens: only each message's
 * {@code timestamp} is read, everything else is skipped unread (no message objects, no text).
 *
 * <p>The exporter writes a channel's messages oldest first, so nearly every export is in order, and a file in order
 * needs no sorting: it can be read once, straight through. Only a clear "yes" counts. Every event the
 * {@link DiscordExportReader} makes from a message is dated at that message's timestamp, and messages it leaves out
 * (bots, system messages, broken ones) only remove events, so timestamps that never go back mean events that never
 * go back. Anything the skim cannot vouch for (a timestamp that is not a string or not a date, a file that is not
 * valid JSON or not an export) answers "no", and the caller learns the order the thorough way.
 */
public final class DiscordExportOrder {
    private static final JsonFactory JSON = new JsonFactory();

    private DiscordExportOrder() {
    }

    /** Whether every message of {@code file} is dated no earlier than the one before it; false when unsure. */
    public static boolean inTimeOrder(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            return inTimeOrder(in);
        } catch (IOException e) {
            // Reading it properly will meet the same problem and report it with its place.
            return false;
        }
    }

    /**
     * As {@link #inTimeOrder(Path)}, for an export read from {@code in} (not closed here).
     *
     * @throws IOException when {@code in} cannot be read (broken JSON is a "no", not an error)
     */
    public static boolean inTimeOrder(InputStream in) throws IOException {
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            JsonToken token;
            while ((token = p.nextToken()) == JsonToken.FIELD_NAME) {
                // The reader takes the first "messages" array, as here.
                boolean messages = p.currentName().equals("messages");
                JsonToken value = p.nextToken();
                if (messages) {
                    return value == JsonToken.START_ARRAY && messagesInOrder(p);
                }
                p.skipChildren();
            }
            return false;
        } catch (JsonProcessingException | DateTimeException | IllegalArgumentException e) {
            // Not JSON, cut off, or a date the skim cannot read: reading it properly reports what is wrong.
            return false;
        }
    }

    /** The messages array just opened, up to its end. */
    private static boolean messagesInOrder(JsonParser p) throws IOException {
        TimestampSkim order = new TimestampSkim();
        JsonToken element;
        while ((element = p.nextToken()) != JsonToken.END_ARRAY) {
            if (element == null) {
                return false;
            }
            if (element != JsonToken.START_OBJECT) {
                // Not a message: the reader skips it too.
                p.skipChildren();
                continue;
            }
            // A message without a timestamp is dropped as broken by the reader: no event, nothing to order.
            if (!order.next(TimestampSkim.field(p, "timestamp"))) {
                return false;
            }
        }
        return true;
    }
}
