package dev.rapport.bot.storage.jdbc;

import dev.rapport.bot.storage.changes.Change;
import dev.rapport.bot.storage.changes.ChangeFeed;
import dev.rapport.bot.storage.changes.ChangeKind;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The change feed in table {@code change_feed}. On PostgreSQL every append takes the table's lock for the rest of
 * its transaction, so numbers are committed in order (a reader never skips a number that commits later), and
 * notifies channel {@value #CHANNEL}, which a dedicated listening connection waits on. On SQLite (one writer at a
 * time anyway) readers look at the highest number, which is one indexed read. Rows older than an hour are removed
 * as new ones come and whenever a process reports how far it got (so also while the feed is quiet): they name people,
 * and a process that was away longer restores from storage anyway.
 */
final class JdbcChangeFeed implements ChangeFeed {
    private static final Logger log = LoggerFactory.getLogger(JdbcChangeFeed.class);
    static final String CHANNEL = "rapport_changes";
    private static final Duration KEPT = Duration.ofHours(1);
    private static final Duration POLL = Duration.ofMillis(200);

    private final Database db;
    private final DataSource direct;
    private final Clock clock;
    private final Object listening = new Object();
    private Connection listener;
    private boolean listenFailing;

    JdbcChangeFeed(Database db, DataSource direct, Clock clock) {
        this.db = db;
        this.direct = direct;
        this.clock = clock;
    }

    /** Appends a change inside the caller's transaction; returns its number. */
    long publish(Connection c, ChangeKind kind, UserId user, CommunityId community) throws SQLException {
        boolean postgres = db.dialect() == Dialect.POSTGRESQL;
        if (postgres) {
            try (Statement s = c.createStatement()) {
                s.execute("LOCK TABLE change_feed IN EXCLUSIVE MODE");
            }
        }
        long now = clock.millis();
        expire(c, now);
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO change_feed (kind, user_id, community_id, at) VALUES (?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, kind.name());
            if (user == null) {
                s.setNull(2, Types.VARCHAR);
            } else {
                s.setString(2, user.value());
            }
            if (community == null) {
                s.setNull(3, Types.VARCHAR);
            } else {
                s.setString(3, community.value());
            }
            s.setLong(4, now);
            s.executeUpdate();
            long seq;
            try (ResultSet keys = s.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the change feed gave no number for a new change");
                }
                seq = keys.getLong(1);
            }
            if (postgres) {
                try (Statement n = c.createStatement()) {
                    // Delivered at commit, to every listening connection.
                    n.execute("NOTIFY " + CHANNEL);
                }
            }
            return seq;
        }
    }

    /**
     * Removes the entries older than the feed's hour at {@code now} (epoch millis). Every entry goes, the newest
     * too: {@link #latest} reads the highest number ever given from the database's own record when the feed is empty.
     */
    private static void expire(Connection c, long now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM change_feed WHERE at < ?")) {
            s.setLong(1, now - KEPT.toMillis());
            s.executeUpdate();
        }
    }

    /** Removes what the feed says about {@code user} (before announcing that they were forgotten). */
    void forgetUser(Connection c, UserId user) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM change_feed WHERE user_id = ?")) {
            s.setString(1, user.value());
            s.executeUpdate();
        }
    }

    @Override
    public long latest() {
        return db.transaction("Reading the change feed", c -> {
            long highest = highest(c);
            if (highest > 0) {
                return highest;
            }
            // Empty: nothing yet, or every entry pruned. The numbering carries on from the highest number ever given,
            // which the database keeps apart from the rows; 0 would tell a reader "nothing was ever written", and one
            // starting there would count the next change as a gap (or, were the numbers to restart, re-read them).
            if (db.dialect() == Dialect.SQLITE) {
                // AUTOINCREMENT's own record, written in the same transactions as the rows (one writer at a time).
                return single(c, "SELECT seq FROM sqlite_sequence WHERE name = 'change_feed'");
            }
            // A sequence is not transactional: a number drawn by an append still in progress must not be reported
            // before its row commits, or a reader starting from it would never read that row. Appends hold the
            // table's lock until they commit (see publish), so once this lock is granted none is in progress.
            try (Statement s = c.createStatement()) {
                s.execute("LOCK TABLE change_feed IN SHARE MODE");
            }
            highest = highest(c);
            if (highest > 0) {
                return highest;
            }
            return single(c, "SELECT pg_sequence_last_value(pg_get_serial_sequence('change_feed', 'seq')::regclass)");
        });
    }

    /** The highest number in the feed, 0 when it is empty. */
    private static long highest(Connection c) throws SQLException {
        return single(c, "SELECT MAX(seq) FROM change_feed");
    }

    /** The one number {@code sql} selects; 0 for none or NULL. */
    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            if (r.next()) {
                long v = r.getLong(1);
                if (!r.wasNull()) {
                    return v;
                }
            }
            return 0L;
        }
    }

    @Override
    public List<Change> after(long seq, int limit) {
        return db.transaction("Reading the change feed", c -> {
            List<Change> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT seq, kind, user_id, community_id, at FROM change_feed "
                    + "WHERE seq > ? ORDER BY seq LIMIT ?")) {
                s.setLong(1, seq);
                s.setInt(2, limit);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ChangeKind kind;
                        try {
                            kind = ChangeKind.valueOf(r.getString(2));
                        } catch (IllegalArgumentException e) {
                            // Written by a newer Rapport: not ours to act on, but the number still counts.
                            log.warn("change {} of unknown kind {} skipped", r.getLong(1), r.getString(2));
                            continue;
                        }
                        String user = r.getString(3);
                        String community = r.getString(4);
                        out.add(new Change(r.getLong(1), kind, Optional.ofNullable(user).map(UserId::of),
                                Optional.ofNullable(community).map(CommunityId::of), Instant.ofEpochMilli(r.getLong(5))));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public boolean await(long seenSeq, Duration timeout) throws InterruptedException {
        if (db.dialect() == Dialect.POSTGRESQL && notified(timeout)) {
            return true;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (latest() > seenSeq) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0 || db.dialect() == Dialect.POSTGRESQL) {
                return false;
            }
            Thread.sleep(Math.max(1, Math.min(POLL.toMillis(), left / 1_000_000)));
        }
    }

    /** Waits on the listening connection; a broken one is reopened at the next wait (the caller re-reads anyway). */
    private boolean notified(Duration timeout) throws InterruptedException {
        synchronized (listening) {
            try {
                if (listener == null || listener.isClosed()) {
                    listener = direct.getConnection();
                    listener.setAutoCommit(true);
                    try (Statement s = listener.createStatement()) {
                        s.execute("LISTEN " + CHANNEL);
                    }
                }
                PGNotification[] got = listener.unwrap(PGConnection.class)
                        .getNotifications((int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis())));
                if (listenFailing) {
                    log.info("listening for changes from other processes again");
                }
                listenFailing = false;
                return got != null && got.length > 0;
            } catch (SQLException e) {
                // Once, with the cause, however long the database stays away; the feed is still read on each wait.
                if (!listenFailing) {
                    log.warn("listening for changes from other processes failed; retrying", e);
                }
                listenFailing = true;
                closeListener();
                // Not a busy loop: the caller's next wait comes after its usual look at the feed.
                Thread.sleep(Math.min(timeout.toMillis(), 1_000));
                return false;
            }
        }
    }

    @Override
    public void applied(String process, long seq, Instant now) {
        db.transaction("Recording the changes applied by " + process, c -> {
            // Every running process says so every few seconds, so entries expire on time when the feed is quiet too;
            // pruned only as new ones came, the last change before a quiet spell (which can name a person) was kept
            // until the next one.
            expire(c, now.toEpochMilli());
            try (PreparedStatement s = c.prepareStatement("INSERT INTO process_presence (process_id, applied_seq, seen_at) "
                    + "VALUES (?,?,?) ON CONFLICT (process_id) DO UPDATE SET applied_seq = excluded.applied_seq, "
                    + "seen_at = excluded.seen_at")) {
                s.setString(1, process);
                s.setLong(2, seq);
                s.setLong(3, now.toEpochMilli());
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<String> behind(long seq, Instant aliveSince, String self) {
        return db.transaction("Reading which processes took up change " + seq, c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT process_id FROM process_presence "
                    + "WHERE applied_seq < ? AND seen_at >= ? AND process_id <> ? ORDER BY process_id")) {
                s.setLong(1, seq);
                s.setLong(2, aliveSince.toEpochMilli());
                s.setString(3, self);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getString(1));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void leave(String process) {
        db.transaction("Removing process " + process, c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM process_presence WHERE process_id = ?")) {
                s.setString(1, process);
                s.executeUpdate();
            }
            return null;
        });
    }

    /** Closes the listening connection (storage is closing). */
    void close() {
        synchronized (listening) {
            closeListener();
        }
    }

    private void closeListener() {
        if (listener == null) {
            return;
        }
        try {
            listener.close();
        } catch (SQLException e) {
            log.debug("closing the listening connection failed", e);
        }
        listener = null;
    }
}
