package dev.rapport.bot.storage.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how Rapport keeps its state ({@code rapport.storage} in the configuration).
 *
 * @param url            the JDBC URL: {@code jdbc:sqlite:...} or {@code jdbc:postgresql://...}
 * @param user           the database user (PostgreSQL)
 * @param password       the database password (PostgreSQL); never printed
 * @param poolSize       connections kept open for PostgreSQL; SQLite always uses one (a single writer)
 * @param retentionWeeks how many weeks of per-person event state are kept
 * @param dataDir        the directory for the SQLite database and the pseudonym secret
 * @param busyTimeout    how long SQLite waits for a lock held by another process before giving up
 */
public record StorageConfig(String url, Optional<String> user, Password password, int poolSize, int retentionWeeks,
                            Path dataDir, Duration busyTimeout) {
    public static final int DEFAULT_RETENTION_WEEKS = 12;

    public StorageConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(busyTimeout, "busyTimeout");
        if (poolSize < 1) {
            throw new IllegalArgumentException("pool size must be at least 1");
        }
        if (retentionWeeks < 1) {
            throw new IllegalArgumentException("retention must be at least 1 week");
        }
    }

    /** The embedded default: {@code rapport.db} in {@code dataDir}. */
    public static StorageConfig sqlite(Path dataDir) {
        return new StorageConfig(sqliteUrl(dataDir.resolve("rapport.db")), Optional.empty(), Password.NONE, 1,
                DEFAULT_RETENTION_WEEKS, dataDir, Duration.ofSeconds(5));
    }

    public static String sqliteUrl(Path file) {
        return "jdbc:sqlite:" + file;
    }

    public StorageConfig withUrl(String newUrl) {
        return new StorageConfig(newUrl, user, password, poolSize, retentionWeeks, dataDir, busyTimeout);
    }

    public StorageConfig withCredentials(String newUser, Password newPassword) {
        return new StorageConfig(url, Optional.of(newUser), newPassword, poolSize, retentionWeeks, dataDir, busyTimeout);
    }

    public StorageConfig withBusyTimeout(Duration timeout) {
        return new StorageConfig(url, user, password, poolSize, retentionWeeks, dataDir, timeout);
    }

    public StorageConfig withPoolSize(int size) {
        return new StorageConfig(url, user, password, size, retentionWeeks, dataDir, busyTimeout);
    }
}
