package dev.rapport.bot.storage.jdbc;

import dev.rapport.bot.storage.StorageException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings the schema up to date with Flyway, after refusing a database whose schema is newer than this build:
 * an older Rapport must not write into tables it does not understand.
 */
final class SchemaMigrations {
    static final String COMMON = "classpath:db/migration/common";

    private final List<String> locations;

    SchemaMigrations(List<String> locations) {
        this.locations = List.copyOf(locations);
    }

    static SchemaMigrations standard(Dialect dialect) {
        // Vendor folders hold what has to differ (generated keys); version numbers are shared across all folders.
        String vendor = dialect == Dialect.POSTGRESQL ? "classpath:db/migration/postgresql" : "classpath:db/migration/sqlite";
        return new SchemaMigrations(List.of(COMMON, vendor));
    }

    /** Migrates; returns the schema version now in place. */
    String migrate(DataSource dataSource, String where, StorageErrors errors) {
        Flyway flyway = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .table("rapport_schema_history")
                .load();
        try {
            MigrationInfoService info = flyway.info();
            MigrationVersion known = MigrationVersion.EMPTY;
            List<String> future = new ArrayList<>();
            for (MigrationInfo m : info.all()) {
                if (m.getVersion() == null) {
                    continue;
                }
                if (m.getState().isResolved() && m.getVersion().compareTo(known) > 0) {
                    known = m.getVersion();
                }
                if (!m.getState().isResolved() && m.getState().isApplied()) {
                    future.add(m.getVersion().getVersion());
                }
            }
            if (!future.isEmpty()) {
                MigrationInfo current = info.current();
                String dbVersion = current == null ? future.get(future.size() - 1) : current.getVersion().getVersion();
                throw new StorageException("the database " + where + " has schema version " + dbVersion
                        + ", newer than this build of Rapport knows (up to version " + known.getVersion()
                        + "); it was written by a newer Rapport: run that version, or point rapport.storage.url "
                        + "at another database");
            }
            flyway.migrate();
            MigrationInfo current = flyway.info().current();
            return current == null ? "none" : current.getVersion().getVersion();
        } catch (FlywayException e) {
            throw errors.translate(e, "Migrating the schema");
        }
    }
}
