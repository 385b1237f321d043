package dev.rapport.bot.storage.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.DriverDataSource;
import dev.rapport.bot.storage.Storage;
import dev.rapport.bot.storage.StorageException;
import dev.rapport.bot.storage.changes.ChangeFeed;
import dev.rapport.bot.storage.community.CommunitySettingsStore;
import dev.rapport.bot.storage.config.StorageConfig;
import dev.rapport.bot.storage.ledger.DigestLedger;
import dev.rapport.bot.storage.ledger.TipLedger;
import dev.rapport.bot.storage.optin.OptIns;
import dev.rapport.bot.storage.privacy.PersonalData;
import dev.rapport.bot.storage.state.EngineStateStore;
import dev.rapport.bot.storage.state.RetentionRoutine;
import dev.rapport.bot.storage.stats.WeeklyStatsStore;
import dev.rapport.rules.engine.Pseudonyms;

import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

/**
 * The storage port on JDBC: SQLite or PostgreSQL, pooled by HikariCP, schema by Flyway. {@link #open} checks the
 * location, connects, refuses a schema newer than this build, migrates, and hands out the stores.
 *
 * <p>SQLite runs in WAL mode with {@code synchronous=FULL} (a committed write survives a crash, even of the
 * machine), foreign keys on, and a busy timeout for locks held by other processes. It gets exactly one pooled
 * connection: SQLite allows one writer at a time, and a single connection means Rapport's own threads queue in
 * the pool instead of failing with "database is locked". Several processes belong on PostgreSQL.
 */
public final class JdbcStorage implements Storage {
    private static final int REACHABLE_SECONDS = 2;
    private final HikariDataSource dataSource;
    private final String where;
    private final String schemaVersion;
    private final OptIns optIns;
    private final CommunitySettingsStore communitySettings;
    private final dev.rapport.bot.storage.community.CommunityNames communityNames;
    private final WeeklyStatsStore weeklyStats;
    private final EngineStateStore engineState;
    private final TipLedger tips;
    private final DigestLedger digests;
    private final PersonalData personalData;
    private final RetentionRoutine retention;
    private final Pseudonyms pseudonyms;
    private final JdbcChangeFeed changes;

    private JdbcStorage(HikariDataSource dataSource, DataSource direct, Database db, String where, String schemaVersion,
                        Pseudonyms pseudonyms, Clock clock, Seam seam) {
        this.dataSource = dataSource;
        JdbcChangeFeed changes = new JdbcChangeFeed(db, direct, clock);
        this.changes = changes;
        this.where = where;
        this.schemaVersion = schemaVersion;
        StateJson json = new StateJson(new ObjectMapper());
        // Every pseudonym this process gives is claimed in the database, so no two people share one (see
        // PseudonymClaims): the engine's too, as it takes them from here.
        JdbcPseudonymClaims claims = new JdbcPseudonymClaims(db);
        pseudonyms = pseudonyms.claimingIn(claims);
        JdbcForgotten forgotten = new JdbcForgotten(db, pseudonyms, claims, clock, seam);
        this.optIns = new JdbcOptIns(db, changes, forgotten);
        this.communitySettings = new JdbcCommunitySettingsStore(db, json, clock, changes);
        this.communityNames = new JdbcCommunityNames(db, clock);
        this.weeklyStats = new JdbcWeeklyStatsStore(db, json, clock, forgotten);
        JdbcEngineStateStore engineState = new JdbcEngineStateStore(db, new SnapshotJson(where), clock, forgotten);
        this.engineState = engineState;
        this.tips = new JdbcTipLedger(db, json, UUID::randomUUID, forgotten);
        this.digests = new JdbcDigestLedger(db, clock, forgotten);
        this.personalData = new JdbcPersonalData(db, json, engineState, pseudonyms, claims, changes, forgotten);
        this.retention = new JdbcRetention(db, engineState);
        this.pseudonyms = pseudonyms;
    }

    @Override
    public Pseudonyms pseudonyms() {
        return pseudonyms;
    }

    /** Throws "no database at ..." when {@code config} names a SQLite file that does not exist. */
    public static void requireExisting(StorageConfig config) {
        if (Dialect.of(config.url()) != Dialect.SQLITE) {
            return;
        }
        Path file = Locations.sqliteFile(config.url());
        if (file != null && !java.nio.file.Files.exists(file)) {
            throw new StorageException("no database at " + file.toAbsolutePath() + ": nothing has been stored there"
                    + " (check rapport.storage.data-dir or rapport.storage.url, or the --config file)");
        }
    }

    /** Opens (creating and migrating as needed) the database of {@code config}. */
    public static JdbcStorage open(StorageConfig config, Pseudonyms pseudonyms, Clock clock) {
        return open(config, pseudonyms, clock, Seam.NONE);
    }

    /** As {@link #open(StorageConfig, Pseudonyms, Clock)}, with {@code seam} where forget and writers meet (tests). */
    static JdbcStorage open(StorageConfig config, Pseudonyms pseudonyms, Clock clock, Seam seam) {
        Dialect dialect = Dialect.of(config.url());
        String where;
        if (dialect == Dialect.SQLITE) {
            Path file = Locations.sqliteFile(config.url());
            if (file != null) {
                SqliteFileCheck.check(file);
            }
            where = file == null ? Locations.describe(config.url()) : file.toAbsolutePath().toString();
        } else {
            where = Locations.describe(config.url());
        }
        String user = config.user().orElse(System.getProperty("user.name", "(default)"));
        StorageErrors errors = new StorageErrors(dialect, where, user, config.busyTimeout());
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(hikari(config, dialect));
        } catch (RuntimeException e) {
            throw errors.translate(e, "Connecting");
        }
        try {
            // Flyway holds one connection for its lock and another for the migration: with a pool of one it
            // would wait for itself. It gets plain connections with the same settings instead.
            HikariConfig h = hikari(config, dialect);
            DataSource direct = new DriverDataSource(h.getJdbcUrl(), h.getDriverClassName(), h.getDataSourceProperties(),
                    h.getUsername(), h.getPassword());
            String version = SchemaMigrations.standard(dialect).migrate(direct, where, errors);
            return new JdbcStorage(ds, direct, new Database(ds, dialect, errors), where, version, pseudonyms, clock,
                    seam);
        } catch (RuntimeException e) {
            ds.close();
            throw e instanceof StorageException s ? s : errors.translate(e, "Opening");
        }
    }

    private static HikariConfig hikari(StorageConfig config, Dialect dialect) {
        HikariConfig h = new HikariConfig();
        h.setPoolName("rapport-storage");
        h.setJdbcUrl(config.url());
        h.setConnectionTimeout(Math.max(10_000, config.busyTimeout().toMillis() * 2));
        // Fail at start-up, with the driver's reason, rather than on the first query.
        h.setInitializationFailTimeout(1);
        if (dialect == Dialect.SQLITE) {
            h.setDriverClassName("org.sqlite.JDBC");
            h.setMaximumPoolSize(1);
            h.addDataSourceProperty("journal_mode", "WAL");
            h.addDataSourceProperty("synchronous", "FULL");
            h.addDataSourceProperty("foreign_keys", "true");
            h.addDataSourceProperty("busy_timeout", String.valueOf(config.busyTimeout().toMillis()));
        } else {
            h.setDriverClassName("org.postgresql.Driver");
            h.setMaximumPoolSize(config.poolSize());
            config.user().ifPresent(h::setUsername);
            if (!config.password().isEmpty()) {
                h.setPassword(config.password().reveal());
            }
            h.addDataSourceProperty("ApplicationName", "rapport");
        }
        return h;
    }

    /** The schema version in place after migration. */
    public String schemaVersion() {
        return schemaVersion;
    }

    @Override
    public OptIns optIns() {
        return optIns;
    }

    @Override
    public dev.rapport.bot.storage.community.CommunityNames communityNames() {
        return communityNames;
    }

    @Override
    public CommunitySettingsStore communitySettings() {
        return communitySettings;
    }

    @Override
    public WeeklyStatsStore weeklyStats() {
        return weeklyStats;
    }

    @Override
    public EngineStateStore engineState() {
        return engineState;
    }

    @Override
    public TipLedger tips() {
        return tips;
    }

    @Override
    public DigestLedger digests() {
        return digests;
    }

    @Override
    public PersonalData personalData() {
        return personalData;
    }

    @Override
    public RetentionRoutine retention() {
        return retention;
    }

    @Override
    public boolean reachable() {
        try (java.sql.Connection c = dataSource.getConnection()) {
            return c.isValid(REACHABLE_SECONDS);
        } catch (java.sql.SQLException | RuntimeException e) {
            // Readiness reports it (and logs when it changes); the details are for whoever turns debug on.
            LoggerFactory.getLogger(JdbcStorage.class).debug("the database did not answer", e);
            return false;
        }
    }

    @Override
    public String describe() {
        return where;
    }

    @Override
    public ChangeFeed changes() {
        return changes;
    }

    @Override
    public void close() {
        changes.close();
        dataSource.close();
    }
}
