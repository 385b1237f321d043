package dev.rapport.bot.storage.jdbc;

import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.model.UserId;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks of the people forgotten lately (table {@code forgotten}), and the check every write of people's state makes
 * against them in its own transaction.
 *
 * <p>Why: a forget deletes and scrubs everything in one transaction, but a process (this one or another sharing the
 * database) may hold the person in memory, as a coached person or as a pseudonym in other people's and communities'
 * state, and write that back with its next save, or with a save already under way. Telling the processes (the change
 * feed) makes them let go within a second, but a save can still land in between, and a process may be away. So the
 * writes themselves refuse: in the same transaction as the write, they read the marks and leave out the rows of a
 * forgotten person and every mention of their pseudonym. The read must come after any forget in progress has
 * committed, and no forget may commit between the read and the write: on PostgreSQL forget takes this table's lock in
 * EXCLUSIVE mode before anything else and writers take it in SHARE mode before reading, so a write in progress commits
 * before the forget begins and a later one sees its mark; on SQLite (one writer at a time) a writer takes the
 * database's write lock before reading, with a statement that changes nothing, so it waits for a forget in progress
 * (up to the busy timeout) rather than reading around it and failing at its first write (a busy snapshot).
 * {@code ForgetRaceStorageTest} holds each side at these points ({@link Seam}) while the other runs, on both.
 *
 * <p>A mark is the pseudonym's own keyed hash under the installation secret (of {@code "forgotten " + pseudonym}: the
 * space is in no platform's id, so a mark is nobody's pseudonym): it names nobody, and appears nowhere else. Marks
 * are kept for {@link #KEPT}; a new opt-in of the person removes theirs, so they can be coached again from nothing.
 */
final class JdbcForgotten {
    /** How long a mark is kept: running processes let go within seconds; this covers one that was away for hours. */
    static final Duration KEPT = Duration.ofDays(1);
    private static final Pattern PSEUDONYM = Pattern.compile("p-[0-9a-f]{10}");

    private final Database db;
    private final Pseudonyms pseudonyms;
    private final Clock clock;
    private final Seam seam;

    JdbcForgotten(Database db, Pseudonyms pseudonyms, Clock clock, Seam seam) {
        this.db = db;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
        this.seam = seam;
    }

    /**
     * Forget's side, to call first in its transaction: waits for writes in progress, holds back new ones until the
     * forget commits, and leaves the person's mark (replacing older marks' expired ones).
     */
    void record(Connection c, UserId user) throws SQLException {
        seam.at(Seam.Point.FORGET_LOCKING);
        lock(c, "EXCLUSIVE");
        long now = clock.millis();
        try (PreparedStatement s = c.prepareStatement("DELETE FROM forgotten WHERE at < ?")) {
            s.setLong(1, now - KEPT.toMillis());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO forgotten (mark, at) VALUES (?,?) "
                + "ON CONFLICT (mark) DO UPDATE SET at = excluded.at")) {
            s.setString(1, mark(pseudonyms.of(user)));
            s.setLong(2, now);
            s.executeUpdate();
        }
        seam.at(Seam.Point.FORGET_MARKED);
    }

    /** The person opts in again: their state starts empty and is theirs to keep again. Call before other locks. */
    void clear(Connection c, UserId user) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM forgotten WHERE mark = ?")) {
            s.setString(1, mark(pseudonyms.of(user)));
            s.executeUpdate();
        }
    }

    /**
     * Writers' side, first in their transaction and once per transaction (pass the result on): the marks as they
     * stand once any forget in progress has committed, and no forget commits before this transaction does.
     */
    Marks marks(Connection c) throws SQLException {
        seam.at(Seam.Point.WRITER_LOCKING);
        long since = clock.millis() - KEPT.toMillis();
        Marks marks;
        if (db.dialect() == Dialect.POSTGRESQL) {
            // The lock, then the read, sent together (one round trip, the common case's whole cost): each statement
            // reads as of its own start, so the read sees every forget that committed while the lock waited.
            try (PreparedStatement s = c.prepareStatement("LOCK TABLE forgotten IN SHARE MODE; "
                    + "SELECT mark FROM forgotten WHERE at >= ?")) {
                s.setLong(1, since);
                boolean rows = s.execute();
                while (!rows) {
                    if (s.getUpdateCount() == -1) {
                        throw new SQLException("the marks of forgotten people were not read");
                    }
                    rows = s.getMoreResults();
                }
                try (ResultSet r = s.getResultSet()) {
                    marks = read(r);
                }
            }
        } else {
            try (Statement s = c.createStatement()) {
                // Changes nothing, but takes the database's write lock now (waiting out a forget in progress) and
                // reads from here on: nothing can commit between this read and this transaction's writes.
                s.executeUpdate("UPDATE forgotten SET at = at WHERE 1 = 0");
            }
            marks = select(c, since);
        }
        seam.at(Seam.Point.WRITER_CHECKED);
        return marks;
    }

    /** The marks now, in a transaction of their own and without a lock (a process looking for what it still holds). */
    Marks marks() {
        return db.transaction("Reading who was forgotten lately", c -> select(c, clock.millis() - KEPT.toMillis()));
    }

    private Marks select(Connection c, long since) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT mark FROM forgotten WHERE at >= ?")) {
            s.setLong(1, since);
            try (ResultSet r = s.executeQuery()) {
                return read(r);
            }
        }
    }

    private Marks read(ResultSet r) throws SQLException {
        Set<String> marks = new HashSet<>();
        while (r.next()) {
            marks.add(r.getString(1));
        }
        return new Marks(marks);
    }

    private void lock(Connection c, String mode) throws SQLException {
        if (db.dialect() == Dialect.POSTGRESQL) {
            try (Statement s = c.createStatement()) {
                s.execute("LOCK TABLE forgotten IN " + mode + " MODE");
            }
        }
    }

    private String mark(String pseudonym) {
        return pseudonyms.of(UserId.of("forgotten " + pseudonym));
    }

    /** The marks read in one transaction. */
    final class Marks {
        private final Set<String> marks;

        private Marks(Set<String> marks) {
            this.marks = Set.copyOf(marks);
        }

        boolean none() {
            return marks.isEmpty();
        }

        boolean forgotten(UserId user) {
            return !marks.isEmpty() && marks.contains(mark(pseudonyms.of(user)));
        }

        boolean pseudonym(String pseudonym) {
            return !marks.isEmpty() && marks.contains(mark(pseudonym));
        }

        /**
         * The pseudonyms of forgotten people in {@code document} (any JSON this storage writes: a pseudonym is
         * {@code p-} and ten hex digits wherever it stands, so new fields are covered without knowing them).
         */
        Set<String> in(String document) {
            if (marks.isEmpty() || document == null) {
                return Set.of();
            }
            Set<String> seen = new HashSet<>();
            Set<String> found = new LinkedHashSet<>();
            Matcher m = PSEUDONYM.matcher(document);
            while (m.find()) {
                String p = m.group();
                if (seen.add(p) && marks.contains(mark(p))) {
                    found.add(p);
                }
            }
            return found;
        }
    }
}
