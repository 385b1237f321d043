package dev.rapport.bot.storage.changes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Changes written to storage that every bot process must take up, in order. The stores append to it in the same
 * transaction as the change itself (so nothing is announced that was not stored, and nothing stored goes
 * unannounced); each process reads what is new and says how far it got.
 */
public interface ChangeFeed {

    /**
     * The highest change number ever given (0 when nothing was ever written), whether or not its entry is still in the
     * feed: where a starting process begins.
     */
    long latest();

    /** Changes after {@code seq}, oldest first, at most {@code limit}. */
    List<Change> after(long seq, int limit);

    /**
     * Waits until a change may have been written (PostgreSQL: a notification; SQLite: a cheap look at the highest
     * number) or {@code timeout} passed. Returns false after the timeout; true means "look".
     */
    boolean await(long seenSeq, Duration timeout) throws InterruptedException;

    /** Records that {@code process} applied every change up to {@code seq}, and is alive now. */
    void applied(String process, long seq, Instant now);

    /** Processes seen since {@code aliveSince} that have not applied change {@code seq} yet (not counting {@code self}). */
    List<String> behind(long seq, Instant aliveSince, String self);

    /** Removes a process from the list (at its clean shutdown), so that nobody waits for it. */
    void leave(String process);
}
