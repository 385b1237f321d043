package dev.rapport.bot.storage;

import dev.rapport.bot.storage.config.StorageConfig;
import dev.rapport.bot.storage.support.PostgresExtension;
import dev.rapport.bot.storage.support.SharedPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The storage contract on a real PostgreSQL (embedded, started once), as a password-authenticated user. */
@ExtendWith(PostgresExtension.class)
class PostgresStorageTest extends StorageContractTest {
    @TempDir
    Path dir;
    private SharedPostgres pg;

    @BeforeEach
    void postgres(SharedPostgres pg) {
        this.pg = pg;
    }

    @Override
    StorageConfig freshDatabase() {
        return pg.newDatabaseConfig(dir).withPoolSize(4);
    }

    @Override
    StorageConfig migratedDatabase() {
        return pg.newMigratedDatabaseConfig(dir).withPoolSize(4);
    }

    @Override
    Connection raw(StorageConfig config) throws SQLException {
        return DriverManager.getConnection(config.url(), SharedPostgres.APP_USER, SharedPostgres.APP_PASSWORD);
    }

    @Override
    List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT table_name FROM "
                + "information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' "
                + "ORDER BY table_name")) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }
}
