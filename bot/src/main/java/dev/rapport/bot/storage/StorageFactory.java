package dev.rapport.bot.storage;

import dev.rapport.bot.config.RapportConfig;
import dev.rapport.bot.storage.config.StorageConfig;
import dev.rapport.bot.storage.config.StorageConfigReader;
import dev.rapport.bot.storage.jdbc.JdbcStorage;
import dev.rapport.bot.storage.secret.PseudonymSecret;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Opens the storage the operator configured: reads {@code rapport.storage}, takes the pseudonym secret from
 * {@code rapport.pseudonym-secret} or the installation's secret file, and connects. For the composition root.
 */
public final class StorageFactory {
    private final StorageConfigReader reader;
    private final SecureRandom random;
    private final Clock clock;

    public StorageFactory(StorageConfigReader reader, SecureRandom random, Clock clock) {
        this.reader = reader;
        this.random = random;
        this.clock = clock;
    }

    /** Throws {@code BadConfigException} for a wrong setting and {@link StorageException} for an unusable database. */
    public Storage open(RapportConfig config) {
        StorageConfig storage = reader.read(config.raw());
        PseudonymSecret secret = PseudonymSecret.resolve(config.pseudonymSecret(), storage.dataDir(), random);
        return JdbcStorage.open(storage, secret.pseudonyms(), clock);
    }

    /**
     * Opens storage that must already hold something: for reading or erasing what is kept, a missing SQLite file
     * means a wrong path (or nothing stored yet), and creating an empty database and a new secret would only hide
     * that. Throws {@link StorageException} "no database at ..." then, creating nothing.
     */
    public Storage openExisting(RapportConfig config) {
        StorageConfig storage = reader.read(config.raw());
        JdbcStorage.requireExisting(storage);
        return open(config);
    }
}
