package dev.rapport.bot.storage.jdbc;

import dev.rapport.bot.storage.StorageException;
import dev.rapport.bot.storage.support.QuietLogs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * On real SQLite (WAL, two connections to one file): a transaction that read, and whose write is then refused because
 * the other connection committed in between (busy snapshot), is run again and succeeds on the new state; one that is
 * overtaken every time gives up after a bounded number of runs with the busy-snapshot message.
 */
class SqliteBusySnapshotRetryTest {
    @TempDir
    Path dir;
    private SQLiteDataSource source;
    private Database db;

    @BeforeAll
    static void quiet() {
        QuietLogs.apply();
    }

    @BeforeEach
    void open() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + dir.resolve("retry.db"));
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE counter (n INTEGER NOT NULL)");
            s.executeUpdate("INSERT INTO counter (n) VALUES (0)");
        }
        db = new Database(source, Dialect.SQLITE,
                new StorageErrors(Dialect.SQLITE, "retry.db", "rapport", Duration.ofSeconds(5)));
    }

    @Test
    void aTransactionOvertakenOnceByAnotherConnectionIsRunAgainAndCountsOnTheNewState() throws SQLException {
        AtomicInteger runs = new AtomicInteger();
        try (Connection other = source.getConnection()) {
            int written = db.transaction("Counting", c -> {
                int seen = read(c);
                if (runs.incrementAndGet() == 1) {
                    bump(other);
                }
                return write(c, seen + 1);
            });

            assertThat(runs).hasValue(2);
            assertThat(written).as("the second run read the other connection's 1 and added its own").isEqualTo(2);
            assertThat(read(other)).isEqualTo(2);
        }
    }

    @Test
    void aTransactionOvertakenEveryTimeGivesUpAfterABoundedNumberOfRunsNamingTheBusySnapshot() throws SQLException {
        AtomicInteger runs = new AtomicInteger();
        try (Connection other = source.getConnection()) {
            StorageException failed = catchThrowableOfType(StorageException.class, () -> db.transaction("Counting",
                    c -> {
                        int seen = read(c);
                        runs.incrementAndGet();
                        bump(other);
                        return write(c, seen + 1);
                    }));

            assertThat(failed).isNotNull();
            assertThat(failed.getMessage()).contains("busy snapshot");
            assertThat(runs).hasValue(Database.BUSY_SNAPSHOT_RUNS);
            assertThat(read(other)).as("only the other connection's writes landed").isEqualTo(runs.get());
        }
    }

    private static int read(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT n FROM counter")) {
            r.next();
            return r.getInt(1);
        }
    }

    private static int write(Connection c, int n) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE counter SET n = " + n);
        }
        return n;
    }

    private static void bump(Connection other) throws SQLException {
        try (Statement s = other.createStatement()) {
            s.executeUpdate("UPDATE counter SET n = n + 1");
        }
    }
}
