package dev.rapport.bot.storage;

import dev.rapport.bot.storage.config.StorageConfig;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Nothing lost to a restart, on a real SQLite file. */
class SqliteRestartLosesNothingTest extends RestartLosesNothingTest {
    @TempDir
    Path dir;

    @Override
    StorageConfig freshDatabase() {
        return StorageConfig.sqlite(dir.resolve("data"));
    }
}
