package dev.rapport.bot.storage.support;

import dev.rapport.bot.storage.config.Password;
import dev.rapport.bot.storage.config.StorageConfig;
import dev.rapport.bot.storage.jdbc.JdbcStorage;
import dev.rapport.rules.engine.Pseudonyms;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL for the whole test run, from Maven Central's zonky binaries (as root, zonky runs it in a
 * user namespace via unshare). Each test gets its own fresh database: empty, or (cheaply) a copy of one migrated
 * once. Password authentication is switched on for every user except the superuser, so wrong credentials can be
 * tested for real.
 */
public final class SharedPostgres implements AutoCloseable {
    public static final String APP_USER = "rapport_app";
    public static final String APP_PASSWORD = "correct-horse-battery";

    private final EmbeddedPostgres pg;
    private final Path dataDir;
    private final AtomicInteger databases = new AtomicInteger();
    private String template;

    private SharedPostgres(EmbeddedPostgres pg, Path dataDir) {
        this.pg = pg;
        this.dataDir = dataDir;
    }

    static SharedPostgres start() {
        QuietLogs.apply();
        try {
            Path dir = Files.createTempDirectory("rapport-pg");
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(true)
                    .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
                    .start();
            SharedPostgres shared = new SharedPostgres(pg, dir);
            shared.requirePasswords();
            return shared;
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        } catch (SQLException e) {
            throw new IllegalStateException("embedded PostgreSQL did not accept its set-up", e);
        }
    }

    private void requirePasswords() throws IOException, SQLException {
        Files.writeString(dataDir.resolve("pg_hba.conf"), String.join("\n",
                "local all postgres trust",
                "host all postgres 127.0.0.1/32 trust",
                "host all postgres ::1/128 trust",
                "local all all scram-sha-256",
                "host all all 127.0.0.1/32 scram-sha-256",
                "host all all ::1/128 scram-sha-256", ""));
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + APP_USER + " LOGIN PASSWORD '" + APP_PASSWORD + "'");
            s.execute("SELECT pg_reload_conf()");
        }
    }

    public int port() {
        return pg.getPort();
    }

    /** A fresh, empty database owned by {@link #APP_USER}; returns its JDBC URL. */
    public String newDatabase() {
        String name = "rapport_t" + databases.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " OWNER " + APP_USER);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return url(name);
    }

    /**
     * A fresh database owned by {@link #APP_USER} with Rapport's schema in place; returns its JDBC URL. It is a copy of
     * a template migrated once per run: migrating every test's database anew took seconds each (a dozen migrations'
     * DDL and their commits), a copy takes one statement. Tests of migration itself start from {@link #newDatabase()}.
     */
    public String newMigratedDatabase() {
        String template = migratedTemplate();
        String name = "rapport_t" + databases.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " TEMPLATE " + template + " OWNER " + APP_USER);
        } catch (SQLException e) {
            throw new IllegalStateException("could not copy the migrated template into test database " + name, e);
        }
        return url(name);
    }

    /** The template, migrated by the storage itself at first use (then closed: a template must have no sessions). */
    private synchronized String migratedTemplate() {
        if (template == null) {
            String name = "rapport_template";
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name + " OWNER " + APP_USER);
            } catch (SQLException e) {
                throw new IllegalStateException("could not create the template database", e);
            }
            StorageConfig config = StorageConfig.sqlite(dataDir).withUrl(url(name))
                    .withCredentials(APP_USER, Password.of(APP_PASSWORD));
            JdbcStorage.open(config, new Pseudonyms(Fixtures.SECRET), Clock.systemUTC()).close();
            template = name;
        }
        return template;
    }

    /**
     * Storage settings for a fresh, empty database as {@link #APP_USER}, with the SQLite-default settings of
     * {@code scratch} for the rest: what a test of opening and migrating on PostgreSQL starts from.
     */
    public StorageConfig newDatabaseConfig(Path scratch) {
        return StorageConfig.sqlite(scratch).withUrl(newDatabase()).withCredentials(APP_USER, Password.of(APP_PASSWORD));
    }

    /**
     * As {@link #newDatabaseConfig(Path)}, on a fresh database with Rapport's schema already in place
     * ({@link #newMigratedDatabase()}): what a storage test on PostgreSQL starts from when migrating is not its subject.
     */
    public StorageConfig newMigratedDatabaseConfig(Path scratch) {
        return StorageConfig.sqlite(scratch).withUrl(newMigratedDatabase())
                .withCredentials(APP_USER, Password.of(APP_PASSWORD));
    }

    public String url(String database) {
        return "jdbc:postgresql://localhost:" + pg.getPort() + "/" + database;
    }

    @Override
    public void close() throws IOException {
        pg.close();
    }
}
