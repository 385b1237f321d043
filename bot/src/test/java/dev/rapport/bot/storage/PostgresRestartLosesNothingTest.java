package dev.rapport.bot.storage;

import dev.rapport.bot.storage.config.StorageConfig;
import dev.rapport.bot.storage.support.PostgresExtension;
import dev.rapport.bot.storage.support.SharedPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Nothing lost to a restart, on a real PostgreSQL (embedded, started once, a database per test). */
@ExtendWith(PostgresExtension.class)
class PostgresRestartLosesNothingTest extends RestartLosesNothingTest {
    @TempDir
    Path dir;
    private SharedPostgres pg;

    @BeforeEach
    void postgres(SharedPostgres pg) {
        this.pg = pg;
    }

    @Override
    StorageConfig freshDatabase() {
        return pg.newMigratedDatabaseConfig(dir).withPoolSize(2);
    }
}
