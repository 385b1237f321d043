package dev.rapport.bot.storage.support;

import dev.rapport.bot.storage.config.StorageConfig;
import dev.rapport.rules.engine.UserSnapshot;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one person document a test saved in a real SQLite database, read and rewritten as an older build left it: how
 * each person-document version test proves that documents written before its field existed still load.
 */
public final class OlderDocuments {
    private OlderDocuments() {
    }

    /** The stored document's JSON, as it lies in the database. */
    public static String storedState(StorageConfig config) throws SQLException {
        try (Connection c = DriverManager.getConnection(config.url()); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT state FROM engine_state")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    /**
     * Marks the stored document as written by {@code version}: only the version changes, so the test saves a snapshot
     * whose newer fields are empty (the writer leaves those out, as the older one never wrote them).
     */
    public static void markStoredAs(StorageConfig config, int version) throws SQLException {
        try (Connection c = DriverManager.getConnection(config.url()); Statement st = c.createStatement()) {
            int changed = st.executeUpdate("UPDATE engine_state SET version = " + version + ", state = REPLACE(state, "
                    + "'\"version\":" + UserSnapshot.VERSION + ",', '\"version\":" + version + ",')");
            assertThat(changed).isEqualTo(1);
        }
    }
}
