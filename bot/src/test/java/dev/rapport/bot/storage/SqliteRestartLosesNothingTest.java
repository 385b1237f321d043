package dev.rapport.bot.storage;

import dev.rapport.bot.storage.config.StorageConfig;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Nothing lost to a restart, on a real SQLite file: each restart gets a database of its own. */
class SqliteRestartLosesNothingTest extends RestartLosesNothingTest {
    @TempDir
    Path dir;
    private int databases;

    @Override
    StorageConfig freshDatabase() {
        return StorageConfig.sqlite(dir.resolve("data-" + databases++));
    }
}
