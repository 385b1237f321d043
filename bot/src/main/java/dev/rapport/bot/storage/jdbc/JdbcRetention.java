package dev.rapport.bot.storage.jdbc;

import dev.rapport.bot.storage.state.PruneReport;
import dev.rapport.bot.storage.state.RetentionRoutine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/** Prunes event state by time in one transaction; weekly stats and ledger entries stay. */
final class JdbcRetention implements RetentionRoutine {
    private final Database db;

    JdbcRetention(Database db) {
        this.db = db;
    }

    @Override
    public PruneReport pruneOlderThan(int weeks, Instant now) {
        if (weeks < 1) throw new IllegalArgumentException("retention must be at least 1 week, was " + weeks);
        long cutoff = now.minus(Duration.ofDays(7L * weeks)).toEpochMilli();
        return db.transaction("Pruning state older than " + weeks + " weeks", c -> new PruneReport(
                delete(c, "DELETE FROM pending_item WHERE since < ?", cutoff),
                delete(c, "DELETE FROM link_post WHERE posted_at < ?", cutoff),
                delete(c, "DELETE FROM counterpart_interaction WHERE happened_at < ?", cutoff),
                delete(c, "UPDATE tip_ledger SET evidence = NULL WHERE sent_at < ? AND evidence IS NOT NULL", cutoff)));
    }

    private static int delete(Connection c, String sql, long cutoff) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, cutoff);
            return s.executeUpdate();
        }
    }
}
