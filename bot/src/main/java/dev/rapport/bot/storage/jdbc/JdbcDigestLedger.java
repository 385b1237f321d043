package dev.rapport.bot.storage.jdbc;

import dev.rapport.bot.storage.ledger.DigestLedger;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.IsoWeek;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Optional;

/**
 * Digest claims. The primary key (user, week) does the work: of concurrent inserts exactly one succeeds and the
 * others do nothing, on SQLite (one writer at a time) and on PostgreSQL (the unique index serialises them).
 */
final class JdbcDigestLedger implements DigestLedger {
    private final Database db;
    private final Clock clock;

    JdbcDigestLedger(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public boolean claim(UserId user, IsoWeek week, String processId) {
        return db.transaction("Claiming the digest of " + user + " for " + week, c -> {
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
}
