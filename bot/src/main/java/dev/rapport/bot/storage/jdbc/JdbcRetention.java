package dev.rapport.bot.storage.jdbc;

import dev.rapport.bot.storage.state.PruneReport;
import dev.rapport.bot.storage.state.RetentionRoutine;
import dev.rapport.rules.engine.PersonInCommunity;
import dev.rapport.rules.engine.UserSnapshot;
import dev.rapport.rules.stats.IsoWeek;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Prunes: engine snapshots lose their weeks before the cutoff week (taken in each person's own zone, as their weeks
 * are), one page of people per transaction so that no transaction reads every snapshot; then old tips lose their
 * evidence. Weekly stats and ledger entries stay. Pruning twice prunes nothing more, so a run cut short is finished
 * by the next one. Each page checks for forgets before it reads, as every writer of people's state does.
 */
final class JdbcRetention implements RetentionRoutine {
    static final int PAGE = 200;

    private final Database db;
    private final JdbcEngineStateStore engineState;

    /** One page's work: how many were read and changed, and the last key read (where the next page starts). */
    private record Page(int read, int changed, PersonInCommunity last) {
    }

    JdbcRetention(Database db, JdbcEngineStateStore engineState) {
        this.db = db;
        this.engineState = engineState;
    }

    @Override
    public PruneReport pruneOlderThan(int weeks, Instant now, java.util.function.Predicate<dev.rapport.rules.model.CommunityId> owned) {
        if (weeks < 1) {
            throw new IllegalArgumentException("retention must be at least 1 week, was " + weeks);
        }
        Instant cutoff = now.minus(Duration.ofDays(7L * weeks));
        int shortened = 0;
        PersonInCommunity after = null;
        while (true) {
            PersonInCommunity from = after;
            Page page = db.transaction("Pruning state older than " + weeks + " weeks", c -> {
                // The forget check before the read (see JdbcForgotten): the page is then read as it stands after any
                // forget in progress, and no forget commits before this page's write. Read first, a forget committing
                // in between would make SQLite refuse the write (a busy snapshot) and end the run, leaving the rest
                // of the people to the next run.
                JdbcForgotten.Marks marks = engineState.marks(c);
                List<UserSnapshot> read = engineState.page(c, from, PAGE);
                List<UserSnapshot> changed = new ArrayList<>();
                for (UserSnapshot s : read) {
                    if (!owned.test(s.key().community())) {
                        continue;
                    }
                    UserSnapshot kept = s.keepingWeeksFrom(IsoWeek.of(cutoff, s.zone()));
                    if (!kept.equals(s)) {
                        changed.add(kept);
                    }
                }
                engineState.write(c, changed, marks);
                return new Page(read.size(), changed.size(), read.isEmpty() ? from : read.get(read.size() - 1).key());
            });
            shortened += page.changed();
            if (page.read() < PAGE) {
                break;
            }
            after = page.last();
        }
        int total = shortened;
        return db.transaction("Pruning old tip evidence", c -> {
            int evidence;
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE tip_ledger SET evidence = NULL WHERE sent_at < ? AND evidence IS NOT NULL")) {
                s.setLong(1, cutoff.toEpochMilli());
                evidence = s.executeUpdate();
            }
            return new PruneReport(total, evidence);
        });
    }
}
