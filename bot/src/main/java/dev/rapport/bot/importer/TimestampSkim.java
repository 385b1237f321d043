package dev.rapport.bot.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.time.Instant;

/**
 * What the order skims of the export formats share: a time field read from a JSON object without building it, and
 * times that must never go back. A skim only ever says "in order" when it is sure; anything it cannot vouch for is a
 * "no", and the caller learns the order the thorough way.
 */
public final class TimestampSkim {
    /** Marks a time the skim cannot vouch for. */
    public static final Instant NOT_A_DATE = Instant.MIN;

    private Instant latest;

    /**
     * The time of field {@code name} of the object just opened (the last one when written twice, as the readers keep
     * it): {@code null} when it has none or a blank one, {@link #NOT_A_DATE} when it is not a string, or when the
     * object is cut off. Leaves the parser on the object's end.
     *
     * @throws java.time.DateTimeException when the string is not a date the readers would take
     */
    public static Instant field(JsonParser p, String name) throws IOException {
        Instant time = null;
        JsonToken token;
        while ((token = p.nextToken()) == JsonToken.FIELD_NAME) {
            boolean wanted = p.currentName().equals(name);
            JsonToken value = p.nextToken();
            if (!wanted) {
                p.skipChildren();
            } else if (value == JsonToken.VALUE_NULL) {
                time = null;
            } else if (value == JsonToken.VALUE_STRING) {
                String text = p.getText();
                time = text.isBlank() ? null : IsoTimestamps.parse(text);
            } else {
                p.skipChildren();
                time = NOT_A_DATE;
            }
        }
        return token == JsonToken.END_OBJECT ? time : NOT_A_DATE;
    }

    /**
     * Takes the next event's time; false when the skim can no longer vouch for the order (a time it cannot read, or
     * one before the latest). {@code null}, an event the reader drops, has nothing to order.
     */
    public boolean next(Instant time) {
        if (time == NOT_A_DATE) {
            return false;
        }
        if (time == null) {
            return true;
        }
        if (latest != null && time.isBefore(latest)) {
            return false;
        }
        latest = time;
        return true;
    }
}
