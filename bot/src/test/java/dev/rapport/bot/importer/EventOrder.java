package dev.rapport.bot.importer;

import dev.rapport.rules.model.ChatEvent;

import java.io.IOException;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What the order skims promise of a reader when they vouch for a file: its events never go back in time. */
public final class EventOrder {
    private EventOrder() {
    }

    /** Reads {@code reader} to its end (and closes it), failing at the first event earlier than the one before. */
    public static void assertNeverGoesBack(EventReader reader, String what) throws IOException, ImportException {
        try (reader) {
            Instant latest = Instant.MIN;
            ChatEvent e;
            while ((e = reader.next()) != null) {
                assertThat(e.time()).as(what).isAfterOrEqualTo(latest);
                latest = e.time();
            }
        }
    }
}
