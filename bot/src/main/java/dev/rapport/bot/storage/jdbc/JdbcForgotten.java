package dev.rapport.bot.storage.jdbc;

import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.PseudonymCode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

    private final Database db;
    private final Pseudonyms pseudonyms;
    private final JdbcPseudonymClaims claims;
    private final Clock clock;
    private final Seam seam;

    JdbcForgotten(Database db, Pseudonyms pseudonyms, JdbcPseudonymClaims claims, Clock clock, Seam seam) {
        this.db = db;
        this.pseudonyms = pseudonyms;
        this.claims = claims;
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
            s.setString(1, mark(pseudonymsOn(c, user).get(0)));
            s.setLong(2, now);
            s.executeUpdate();
        }
        seam.at(Seam.Point.FORGET_MARKED);
    }

    /** The person opts in again: their state starts empty and is theirs to keep again. Call before other locks. */
    void clear(Connection c, UserId user) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM forgotten WHERE mark = ?")) {
            for (String pseudonym : pseudonymsOn(c, user)) {
                s.setString(1, mark(pseudonym));
                s.executeUpdate();
            }
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
                    marks = new Marks(read(r), c);
                }
            }
        } else {
            try (Statement s = c.createStatement()) {
                // Changes nothing, but takes the database's write lock now (waiting out a forget in progress) and
                // reads from here on: nothing can commit between this read and this transaction's writes.
                s.executeUpdate("UPDATE forgotten SET at = at WHERE 1 = 0");
            }
            marks = new Marks(select(c, since), c);
        }
        seam.at(Seam.Point.WRITER_CHECKED);
        return marks;
    }

    /** The marks now, in a transaction of their own and without a lock (a process looking for what it still holds). */
    Marks marks() {
        Set<String> marks = db.transaction("Reading who was forgotten lately",
                c -> select(c, clock.millis() - KEPT.toMillis()));
        return new Marks(marks, null);
    }

    private static Set<String> select(Connection c, long since) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT mark FROM forgotten WHERE at >= ?")) {
            s.setLong(1, since);
            try (ResultSet r = s.executeQuery()) {
                return read(r);
            }
        }
    }

    private static Set<String> read(ResultSet r) throws SQLException {
        Set<String> marks = new HashSet<>();
        while (r.next()) {
            marks.add(r.getString(1));
        }
        return marks;
    }

    private void lock(Connection c, String mode) throws SQLException {
        if (db.dialect() == Dialect.POSTGRESQL) {
            try (Statement s = c.createStatement()) {
                s.execute("LOCK TABLE forgotten IN " + mode + " MODE");
            }
        }
    }

    private String mark(String pseudonym) {
        return pseudonyms.keyed("forgotten " + pseudonym);
    }

    /**
     * How many numbers a person without a claim may go by: their digest's and the next ones, where a clash would have
     * put them (a run of more people on consecutive numbers is beyond any installation's size).
     */
    private static final int UNCLAIMED_NUMBERS = 4;

    /**
     * The pseudonyms {@code user} may go by, read on {@code c} (a transaction under way must not wait for another
     * connection; null: in a transaction of its own), without claiming one: the one claimed, if any; else, for someone
     * who never claimed one or whose claim a forget released, the one their digest names and the next few (forget
     * claims the person's pseudonym before its transaction, so its mark is under one of them).
     */
    private List<String> pseudonymsOn(Connection c, UserId user) throws SQLException {
        byte[] digest = pseudonyms.digest(user);
        long code = c == null ? claims.claimed(digest) : claims.claimed(c, digest);
        if (code >= 0) {
            return List.of(PseudonymCode.text(code));
        }
        List<String> out = new ArrayList<>(UNCLAIMED_NUMBERS);
        long n = PseudonymCode.of(digest);
        for (int i = 0; i < UNCLAIMED_NUMBERS; i++) {
            out.add(PseudonymCode.text(n));
            n = PseudonymCode.next(n);
        }
        return out;
    }

    /**
     * Pseudonym numbers found not to be marked, under the marks {@link #clearedUnder}: a document's pseudonyms are
     * looked up here before their mark is worked out. Why: a mark is a keyed hash (a MAC set up per call), and for
     * the day after a forget every part a save serialised had each of its pseudonyms hashed again, save after save,
     * although the same few hundred people are in every save. A pseudonym not marked stays so while the marks are
     * the same; new marks (another forget) start it afresh, and it is let go when no mark is left. Bounded: at
     * {@link #CLEARED_MAX} numbers it starts afresh. Open addressing on {@code number + 1} (0: empty).
     */
    private long[] cleared = new long[0];
    private int clearedCount;
    private Set<String> clearedUnder = Set.of();
    private static final int CLEARED_MAX = 1 << 20;

    /** Whether {@code code} (a pseudonym's number) was found not marked under {@code marks}. */
    private synchronized boolean clear(Set<String> marks, long code) {
        if (!marks.equals(clearedUnder) || cleared.length == 0) {
            return false;
        }
        int mask = cleared.length - 1;
        for (int i = slot(code, mask); cleared[i] != 0; i = (i + 1) & mask) {
            if (cleared[i] == code + 1) {
                return true;
            }
        }
        return false;
    }

    /** {@code code} was found not marked under {@code marks}. */
    private synchronized void cleared(Set<String> marks, long code) {
        if (!marks.equals(clearedUnder) || clearedCount >= CLEARED_MAX) {
            clearedUnder = marks;
            cleared = new long[1024];
            clearedCount = 0;
        } else if ((clearedCount + 1) * 2 > cleared.length) {
            long[] old = cleared;
            cleared = new long[old.length * 2];
            clearedCount = 0;
            for (long v : old) {
                if (v != 0) {
                    put(v - 1);
                }
            }
        }
        put(code);
    }

    private void put(long code) {
        int mask = cleared.length - 1;
        int i = slot(code, mask);
        for (; cleared[i] != 0; i = (i + 1) & mask) {
            if (cleared[i] == code + 1) {
                return;
            }
        }
        cleared[i] = code + 1;
        clearedCount++;
    }

    private static int slot(long code, int mask) {
        long h = code * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /** No mark is left: what was cleared under the old ones goes. */
    private synchronized void noMarks() {
        if (cleared.length > 0) {
            cleared = new long[0];
            clearedCount = 0;
            clearedUnder = Set.of();
        }
    }

    /** The number of the pseudonym {@code p-} and ten hex digits at {@code at} in {@code s}; -1 if none is there. */
    static long pseudonymAt(CharSequence s, int at) {
        if (at + 12 > s.length() || s.charAt(at) != 'p' || s.charAt(at + 1) != '-') {
            return -1;
        }
        long code = 0;
        for (int i = at + 2; i < at + 12; i++) {
            char c = s.charAt(i);
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
            if (d < 0) {
                return -1;
            }
            code = code << 4 | d;
        }
        return code;
    }

    /** The marks read in one transaction. */
    final class Marks {
        private final Set<String> marks;
        /** The writer's transaction they were read in, to be used in; null when read in one of their own. */
        private final Connection in;

        private Marks(Set<String> marks, Connection in) {
            this.marks = Set.copyOf(marks);
            this.in = in;
            if (marks.isEmpty()) {
                noMarks();
            }
        }

        boolean none() {
            return marks.isEmpty();
        }

        boolean forgotten(UserId user) throws SQLException {
            if (marks.isEmpty()) {
                return false;
            }
            for (String pseudonym : pseudonymsOn(in, user)) {
                if (marks.contains(mark(pseudonym))) {
                    return true;
                }
            }
            return false;
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
            Set<String> found = null;
            // Every "p-" and ten lower-case hex digits, read in place (no string made for a pseudonym already found
            // not marked, and none hashed again).
            for (int at = document.indexOf("p-"); at >= 0; ) {
                long code = pseudonymAt(document, at);
                if (code < 0) {
                    at = document.indexOf("p-", at + 1);
                    continue;
                }
                if (!clear(marks, code)) {
                    String p = document.substring(at, at + 12);
                    if (found != null && found.contains(p)) {
                        at = document.indexOf("p-", at + 12);
                        continue;
                    }
                    if (marks.contains(mark(p))) {
                        if (found == null) {
                            found = new LinkedHashSet<>();
                        }
                        found.add(p);
                    } else {
                        cleared(marks, code);
                    }
                }
                at = document.indexOf("p-", at + 12);
            }
            return found == null ? Set.of() : found;
        }
    }
}
