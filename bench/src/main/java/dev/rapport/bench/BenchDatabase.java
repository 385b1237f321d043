package dev.rapport.bench;

import dev.rapport.bot.storage.config.Password;
import dev.rapport.bot.storage.config.StorageConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The database a storage benchmark writes to, as an operator would run it: a SQLite file in a temporary folder, or a
 * real embedded PostgreSQL with a database of its own. Closing it stops PostgreSQL and deletes the folder.
 */
final class BenchDatabase implements AutoCloseable {
    private final Path dir;
    private final EmbeddedPostgres postgres;
    private final StorageConfig config;

    private BenchDatabase(Path dir, EmbeddedPostgres postgres, StorageConfig config) {
        this.dir = dir;
        this.postgres = postgres;
        this.config = config;
    }

    /** @param database {@code sqlite} or {@code postgresql}, a benchmark's {@code @Param} */
    static BenchDatabase start(String database, String name) throws IOException, SQLException {
        Path dir = Files.createTempDirectory(name);
        StorageConfig config = StorageConfig.sqlite(dir);
        if (database.equals("sqlite")) {
            return new BenchDatabase(dir, null, config);
        }
        if (!database.equals("postgresql")) {
            throw new IllegalArgumentException("database is sqlite or postgresql, not " + database);
        }
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pg"))
                .setCleanDataDirectory(true).setOutputRedirector(ProcessBuilder.Redirect.DISCARD).start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE rapport");
        }
        return new BenchDatabase(dir, postgres, config.withUrl("jdbc:postgresql://localhost:" + postgres.getPort()
                + "/rapport").withCredentials("postgres", Password.NONE).withPoolSize(2));
    }

    StorageConfig config() {
        return config;
    }

    /** A plain JDBC connection beside the bot's pool, for a reference query or a size check. */
    Connection connect() throws SQLException {
        return config.user().isPresent() ? DriverManager.getConnection(config.url(), config.user().get(), "")
                : DriverManager.getConnection(config.url());
    }

    @Override
    public void close() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
