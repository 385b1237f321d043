package dev.rapport.bot.storage.jdbc;

import dev.rapport.bot.storage.config.StorageConfig;
import dev.rapport.bot.storage.support.Fixtures;
import dev.rapport.bot.storage.support.QuietLogs;
import dev.rapport.rules.engine.Pseudonyms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * On real SQLite (WAL, two connections to one file): a transaction that read and then wants to write, after another
 * connection committed in between, is refused at once (SQLITE_BUSY_SNAPSHOT). Nobody holds a lock and no wait would
 * help, so the message must not send the operator to stop another process: it says what happened and that running the
 * work again succeeds. A database really held by another process is still named as locked
 * ({@code SqliteBadInputStorageTest}).
 */
class SqliteBusySnapshotStorageTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void quiet() {
        QuietLogs.apply();
    }

    @Test
    void aWriteRefusedBecauseAnotherConnectionWroteSinceTheReadIsNamedAsABusySnapshotToRunAgain() throws Exception {
        StorageConfig config = StorageConfig.sqlite(dir);
        JdbcStorage.open(config, new Pseudonyms(Fixtures.SECRET), Clock.systemUTC()).close();
        SQLException refused;
        try (Connection reader = DriverManager.getConnection(config.url());
             Connection writer = DriverManager.getConnection(config.url());
             Statement reads = reader.createStatement();
             Statement writes = writer.createStatement()) {
            reader.setAutoCommit(false);
            try (ResultSet r = reads.executeQuery("SELECT count(*) FROM forgotten")) {
                r.next();
            }
            writes.executeUpdate("INSERT INTO forgotten (mark, at) VALUES ('someone', 1)");
            refused = catchThrowableOfType(SQLException.class,
                    () -> reads.executeUpdate("INSERT INTO forgotten (mark, at) VALUES ('someone else', 2)"));
            reader.rollback();
        }
        assertThat((Throwable) refused).as("SQLite refused the stale write").isNotNull();
        String file = dir.resolve("rapport.db").toAbsolutePath().toString();

        String message = new StorageErrors(Dialect.SQLITE, file, "rapport", Duration.ofSeconds(5))
                .translate(refused, "Recording a forget").getMessage();

        assertThat(message).startsWith("Recording a forget on " + file)
                .contains("another connection wrote to the database after this transaction began reading")
                .contains("busy snapshot")
                .contains("running it again")
                .doesNotContain("locked by another process")
                .doesNotContain("stop the other")
                .doesNotContain("5000 ms");
    }
}
