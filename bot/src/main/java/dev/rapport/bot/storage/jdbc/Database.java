package dev.rapport.bot.storage.jdbc;

import dev.rapport.bot.storage.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A pooled database with one way in: {@link #transaction}. Every store runs its statements through it, so each
 * call is atomic and every failure becomes a readable {@code StorageException}.
 */
final class Database {
    private static final Logger log = LoggerFactory.getLogger(Database.class);
    /**
     * How many times a transaction is run in all when SQLite refuses its write as a busy snapshot. Each refusal means
     * another connection committed in between, so a few runs succeed unless writers keep overtaking this one; then
     * the failure is reported rather than retried without end.
     */
    static final int BUSY_SNAPSHOT_RUNS = 5;
    private final DataSource dataSource;
    private final Dialect dialect;
    private final StorageErrors errors;

    Database(DataSource dataSource, Dialect dialect, StorageErrors errors) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.errors = errors;
    }

    Dialect dialect() {
        return dialect;
    }

    /**
     * Runs {@code work} in one transaction: all of it is committed, or none of it. A transaction SQLite refuses as a
     * busy snapshot (another connection wrote after it began reading; nothing of it was written) is run again from
     * the start, up to {@link #BUSY_SNAPSHOT_RUNS} times: {@code work} must therefore be safe to run again, which it
     * is, as everything it did was rolled back.
     */
    <T> T transaction(String doing, SqlWork<T> work) {
        for (int run = 1; ; run++) {
            try {
                return once(doing, work);
            } catch (StorageException e) {
                if (run >= BUSY_SNAPSHOT_RUNS || !StorageErrors.isBusySnapshot(e)) {
                    if (run > 1) {
                        log.warn("{} failed after {} runs refused as busy snapshots", doing, run, e);
                    }
                    throw e;
                }
            }
        }
    }

    private <T> T once(String doing, SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException | RuntimeException e) {
            throw errors.translate(e, doing);
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // The original failure is the one worth reporting.
        }
    }
}
