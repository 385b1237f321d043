package dev.rapport.bot.storage.jdbc;

import dev.rapport.bot.storage.StorageException;

/** The two databases Rapport runs on; the SQL is shared, the set-up and the error codes are not. */
public enum Dialect {
    SQLITE, POSTGRESQL;

    public static Dialect of(String url) {
        if (url.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new StorageException("unsupported database URL '" + Locations.describe(url)
                + "'; rapport.storage.url must start with jdbc:sqlite: or jdbc:postgresql:");
    }
}
