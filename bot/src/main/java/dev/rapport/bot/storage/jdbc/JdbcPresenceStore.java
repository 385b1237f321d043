package dev.rapport.bot.storage.jdbc;

import dev.rapport.bot.storage.state.Presence;
import dev.rapport.bot.storage.state.PresenceStore;
import dev.rapport.rules.model.CommunityId;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** {@code community_presence}: one row per (community, pseudonym), upserted in batches, read by keyset pages. */
final class JdbcPresenceStore implements PresenceStore {
    private static final int PAGE = 5_000;
    private static final String UPSERT = "INSERT INTO community_presence (community_id, pseudonym, last_in_channels) "
            + "VALUES (?,?,?) ON CONFLICT (community_id, pseudonym) DO UPDATE SET last_in_channels = excluded.last_in_channels";

    private final Database db;

    JdbcPresenceStore(Database db) {
        this.db = db;
    }

    @Override
    public void saveAll(List<Presence> rows) {
        if (rows.isEmpty()) {
            return;
        }
        db.transaction("Saving when " + rows.size() + " people last wrote in a community", c -> {
            try (PreparedStatement s = c.prepareStatement(UPSERT)) {
                for (Presence p : rows) {
                    s.setString(1, p.community().value());
                    s.setString(2, p.pseudonym());
                    s.setLong(3, p.lastInChannels().toEpochMilli());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void forEach(Consumer<Presence> row) {
        Presence after = null;
        while (true) {
            Presence from = after;
            List<Presence> page = db.transaction("Reading when people last wrote in a community", c -> page(c, from));
            page.forEach(row);
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1);
        }
    }

    private static List<Presence> page(Connection c, Presence after) throws SQLException {
        String community = after == null ? "" : after.community().value();
        String pseudonym = after == null ? "" : after.pseudonym();
        try (PreparedStatement s = c.prepareStatement("SELECT community_id, pseudonym, last_in_channels FROM "
                + "community_presence WHERE community_id > ? OR (community_id = ? AND pseudonym > ?) "
                + "ORDER BY community_id, pseudonym LIMIT ?")) {
            s.setString(1, community);
            s.setString(2, community);
            s.setString(3, pseudonym);
            s.setInt(4, PAGE);
            List<Presence> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Presence(CommunityId.of(r.getString(1)), r.getString(2),
                            Instant.ofEpochMilli(r.getLong(3))));
                }
            }
            return rows;
        }
    }

    /** Deletes the rows of {@code pseudonym} inside the caller's transaction (forgetting); returns how many. */
    static int forget(Connection c, String pseudonym) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM community_presence WHERE pseudonym = ?")) {
            s.setString(1, pseudonym);
            return s.executeUpdate();
        }
    }

    /** Deletes rows older than {@code cutoff} inside the caller's transaction (retention); returns how many. */
    static int pruneBefore(Connection c, Instant cutoff) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM community_presence WHERE last_in_channels < ?")) {
            s.setLong(1, cutoff.toEpochMilli());
            return s.executeUpdate();
        }
    }
}
