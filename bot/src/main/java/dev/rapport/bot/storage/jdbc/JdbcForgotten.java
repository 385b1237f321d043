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
 * forgotten person and every mention of their pseudonym. On PostgreSQL forget takes this table's lock in EXCLUSIVE
 * mode before anything else and writers take it in SHARE mode before writing, so a write in progress commits before
 * the forget begins and a later one sees its mark; on SQLite one transaction writes at a time, and a write whose
 * reading began before a forget committed fails (busy snapshot) and is retried by the next save, which sees it.
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

    JdbcForgotten(Database db, Pseudonyms pseudonyms, Clock clock) {
        this.db = db;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    /**
     * Forget's side, to call first in its transaction: waits for writes in progress, holds back new ones until the
     * forget commits, and leaves the person's mark (replacing older marks' expired ones).
     */
    void record(Connection c, UserId user) throws SQLException {
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
    }

    /** The person opts in again: their state starts empty and is theirs to keep again. Call before other locks. */
    void clear(Connection c, UserId user) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM forgotten WHERE mark = ?")) {
            s.setString(1, mark(pseudonyms.of(user)));
            s.executeUpdate();
        }
    }

    /** Writers' side, before writing: the marks as they stand once any forget in progress has committed. */
    Marks marks(Connection c) throws SQLException {
        lock(c, "SHARE");
        Set<String> marks = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT mark FROM forgotten WHERE at >= ?")) {
            s.setLong(1, clock.millis() - KEPT.toMillis());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    marks.add(r.getString(1));
                }
            }
        }
        return new Marks(marks);
    }

    /** The marks now, in a transaction of their own (a process looking for what it still holds in memory). */
    Marks marks() {
        return db.transaction("Reading who was forgotten lately", this::marks);
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
