package dev.rapport.bot.storage.jdbc;

/**
 * The points inside storage transactions where forget and the writers of people's state meet (see
 * {@link JdbcForgotten}). Production passes {@link #NONE}; a test passes one that holds a thread at a point while
 * another process acts, to run the dangerous interleavings one by one instead of hoping a race hits them.
 */
interface Seam {
    /** Where a transaction is. */
    enum Point {
        /** A writer is about to take its side of the forget lock (nothing of its transaction has run yet). */
        WRITER_LOCKING,
        /** A writer holds its side of the lock and has read the marks; it writes next. */
        WRITER_CHECKED,
        /** A forget is about to take the lock exclusively (nothing of its transaction has run yet). */
        FORGET_LOCKING,
        /** A forget holds the lock exclusively and has left its mark; it deletes and scrubs next. */
        FORGET_MARKED
    }

    /** Production: transactions run straight through. */
    Seam NONE = new Seam() {
        @Override
        public void at(Point point) {
            // Nothing waits here outside tests.
        }
    };

    /** Called on the transaction's own thread when it reaches {@code point}. */
    void at(Point point);
}
