package dev.rapport.bot.storage.jdbc;

import dev.rapport.bot.storage.state.PruneReport;
import dev.rapport.bot.storage.state.RetentionRoutine;
import dev.rapport.rules.engine.UserSnapshot;
import dev.rapport.rules.stats.IsoWeek;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Prunes in one transaction: engine snapshots lose their weeks before the cutoff week (taken in each person's
 * own zone, as their weeks are), old tips lose their evidence. Weekly stats and ledger entries stay.
 */
final class JdbcRetention implements RetentionRoutine {
    private final Database db;
    private final JdbcEngineStateStore engineState;

    JdbcRetention(Database db, JdbcEngineStateStore engineState) {
        this.db = db;
        this.engineState = engineState;
    }

    @Override
    public PruneReport pruneOlderThan(int weeks, Instant now) {
        if (weeks < 1) throw new IllegalArgumentException("retention must be at least 1 week, was " + weeks);
        Instant cutoff = now.minus(Duration.ofDays(7L * weeks));
        return db.transaction("Pruning state older than " + weeks + " weeks", c -> {
            List<UserSnapshot> shortened = new ArrayList<>();
            for (UserSnapshot s : engineState.all(c)) {
                UserSnapshot kept = s.keepingWeeksFrom(IsoWeek.of(cutoff, s.zone()));
                if (!kept.equals(s)) shortened.add(kept);
            }
            engineState.write(c, shortened);
            int evidence;
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE tip_ledger SET evidence = NULL WHERE sent_at < ? AND evidence IS NOT NULL")) {
                s.setLong(1, cutoff.toEpochMilli());
                evidence = s.executeUpdate();
            }
            return new PruneReport(shortened.size(), evidence);
        });
    }
}
