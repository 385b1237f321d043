package dev.rapport.bot.storage.state;

import java.util.List;
import java.util.function.Consumer;

/**
 * Who last wrote in which community's channels, by pseudonym ({@link Presence}), kept so that a restarted coach
 * files direct messages where the one before it would have. Saving replaces a row whole; forgetting a person deletes
 * their rows; retention deletes rows older than the retention period.
 */
public interface PresenceStore {

    /** Replaces the rows of the same (community, pseudonym), all in one transaction. */
    void saveAll(List<Presence> rows);

    /** Every row, a page at a time (each page its own short transaction), in (community, pseudonym) order. */
    void forEach(Consumer<Presence> row);
}
