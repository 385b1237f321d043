package dev.rapport.bot.storage.jdbc;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A pooled database with one way in: {@link #transaction}. Every store runs its statements through it, so each
 * call is atomic and every failure becomes a readable {@code StorageException}.
 */
final class Database {
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

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    <T> T transaction(String doing, SqlWork<T> work) {
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
