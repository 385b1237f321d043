package dev.rapport.bot.storage;

import dev.rapport.bot.storage.config.StorageConfig;
import dev.rapport.bot.storage.jdbc.JdbcStorage;
import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.bot.storage.support.Fixtures;
import dev.rapport.bot.storage.support.QuietLogs;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Broken SQLite set-ups end in one clear sentence naming the file, not in a driver stack trace. */
class SqliteBadInputStorageTest {
    @TempDir
    Path dir;
    private final Pseudonyms pseudonyms = new Pseudonyms(Fixtures.SECRET);

    @BeforeAll
    static void quiet() {
        QuietLogs.apply();
    }

    private Storage open(StorageConfig config) {
        return JdbcStorage.open(config, pseudonyms, Clock.systemUTC());
    }

    private StorageConfig existingDatabase() {
        StorageConfig config = StorageConfig.sqlite(dir);
        open(config).close();
        return config;
    }

    @Test
    void aReadOnlyDatabaseFileIsNamedAsReadOnly() throws IOException {
        StorageConfig config = existingDatabase();
        Path file = dir.resolve("rapport.db");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertThatThrownBy(() -> open(config))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining(file.toAbsolutePath().toString())
                .hasMessageContaining("is read-only");
    }

    @Test
    void aFileThatIsNotADatabaseIsNamedAsSuch() throws IOException {
        Path file = dir.resolve("rapport.db");
        Files.writeString(file, "these are my notes, not a database; please keep them\n".repeat(20));
        assertThatThrownBy(() -> open(StorageConfig.sqlite(dir)))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining(file.toAbsolutePath().toString())
                .hasMessageContaining("file is not a database");
    }

    @Test
    void aDatabaseLockedByAnotherProcessIsReportedAsLocked() throws Exception {
        StorageConfig config = existingDatabase().withBusyTimeout(Duration.ofMillis(200));
        try (Connection other = DriverManager.getConnection(config.url()); Statement st = other.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            assertThatThrownBy(() -> {
                try (Storage s = open(config)) {
                    s.optIns().save(OptIn.consent("discord", UserId.of("u1"), CommunityId.of("g"), Instant.EPOCH, ZoneId.of("UTC")));
                }
            }).isInstanceOf(StorageException.class)
                    .hasMessageContaining(dir.resolve("rapport.db").toAbsolutePath().toString())
                    .hasMessageContaining("is locked by another process")
                    .hasMessageContaining("200 ms");
            st.execute("ROLLBACK");
        }
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedIsNamed() throws IOException {
        Path notADirectory = dir.resolve("plain-file");
        Files.writeString(notADirectory, "x");
        assertThatThrownBy(() -> open(StorageConfig.sqlite(notADirectory.resolve("data"))))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining(notADirectory.resolve("data").toAbsolutePath().toString())
                .hasMessageContaining("does not exist and cannot be created");
    }

    @Test
    void aDataDirectoryThatIsNotWritableIsNamed() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        assertThatThrownBy(() -> open(StorageConfig.sqlite(locked)))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining(locked.toAbsolutePath().toString())
                .hasMessageContaining("is not writable");
    }
}
