package dev.rapport.bot.storage;

import dev.rapport.bot.storage.config.StorageConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The storage contract on a real SQLite file in a temporary directory. */
class SqliteStorageTest extends StorageContractTest {
    @TempDir
    Path dir;

    @Override
    StorageConfig freshDatabase() {
        return StorageConfig.sqlite(dir.resolve("data"));
    }

    @Override
    Connection raw(StorageConfig config) throws SQLException {
        return DriverManager.getConnection(config.url());
    }

    @Override
    List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }

    @Test
    void theDatabaseRunsInWalModeWithForeignKeysOn() throws SQLException {
        Storage s = storage();
        s.optIns().all();
        try (Connection c = raw(config); Statement st = c.createStatement();
             ResultSet r = st.executeQuery("PRAGMA journal_mode")) {
            r.next();
            assertThat(r.getString(1)).isEqualToIgnoringCase("wal");
        }
        assertThat(dir.resolve("data/rapport.db")).isRegularFile();
    }
}
