package dev.rapport.bot.storage.jdbc;

import dev.rapport.bot.storage.ledger.DigestLedger;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.IsoWeek;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Digest claims. The primary key (user, week) does the work: of concurrent inserts exactly one succeeds and the
 * others do nothing, on SQLite (one writer at a time) and on PostgreSQL (the unique index serialises them).
 */
final class JdbcDigestLedger implements DigestLedger {
    private final Database db;
    private final Clock clock;
    private final JdbcForgotten forgotten;

    JdbcDigestLedger(Database db, Clock clock, JdbcForgotten forgotten) {
        this.db = db;
        this.clock = clock;
        this.forgotten = forgotten;
    }

    @Override
    public boolean claim(UserId user, IsoWeek week, String processId) {
        return db.transaction("Claiming the digest of " + user + " for " + week, c -> {
            // A digest run that listed the person before they were forgotten claims nothing: the claim would be a row
            // naming them, written after the forget (see JdbcForgotten).
            if (forgotten.marks(c).forgotten(user)) {
                return false;
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO digest_ledger (user_id, week, process_id, claimed_at) "
                    + "VALUES (?,?,?,?) ON CONFLICT (user_id, week) DO NOTHING")) {
                s.setString(1, user.value());
                s.setString(2, week.toString());
                s.setString(3, processId);
                s.setLong(4, clock.millis());
                return s.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Optional<String> claimedBy(UserId user, IsoWeek week) {
        return db.transaction("Reading the digest claim of " + user, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT process_id FROM digest_ledger WHERE user_id = ? AND week = ?")) {
                s.setString(1, user.value());
                s.setString(2, week.toString());
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public Set<UserId> settled(IsoWeek week, Instant staleBefore) {
        return db.transaction("Reading the digest claims of " + week, c -> {
            // digest_ledger_by_week (V12) serves this: one week's rows, not the whole ledger.
            try (PreparedStatement s = c.prepareStatement("SELECT user_id FROM digest_ledger WHERE week = ? "
                    + "AND (sent_at IS NOT NULL OR claimed_at >= ?)")) {
                s.setString(1, week.toString());
                s.setLong(2, staleBefore.toEpochMilli());
                s.setFetchSize(2_000);
                Set<UserId> users = new HashSet<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        users.add(UserId.of(r.getString(1)));
                    }
                }
                return users;
            }
        });
    }

    @Override
    public boolean markSent(UserId user, IsoWeek week, Instant at) {
        return db.transaction("Recording the digest of " + user + " as sent", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE digest_ledger SET sent_at = ? WHERE user_id = ? AND week = ?")) {
                s.setLong(1, at.toEpochMilli());
                s.setString(2, user.value());
                s.setString(3, week.toString());
                return s.executeUpdate() > 0;
            }
        });
    }

    @Override
    public boolean release(UserId user, IsoWeek week, String processId) {
        return db.transaction("Releasing the digest claim of " + user, c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM digest_ledger WHERE user_id = ? AND week = ? "
                    + "AND process_id = ? AND sent_at IS NULL")) {
                s.setString(1, user.value());
                s.setString(2, week.toString());
                s.setString(3, processId);
                return s.executeUpdate() > 0;
            }
        });
    }

    @Override
    public boolean takeOverStale(UserId user, IsoWeek week, String processId, Instant staleBefore) {
        return db.transaction("Taking over the digest claim of " + user, c -> {
            // One UPDATE decides: of processes racing for the same stale claim, the row changes for one only.
            try (PreparedStatement s = c.prepareStatement("UPDATE digest_ledger SET process_id = ?, claimed_at = ? "
                    + "WHERE user_id = ? AND week = ? AND sent_at IS NULL AND claimed_at < ?")) {
                s.setString(1, processId);
                s.setLong(2, clock.millis());
                s.setString(3, user.value());
                s.setString(4, week.toString());
                s.setLong(5, staleBefore.toEpochMilli());
                return s.executeUpdate() > 0;
            }
        });
    }
}
