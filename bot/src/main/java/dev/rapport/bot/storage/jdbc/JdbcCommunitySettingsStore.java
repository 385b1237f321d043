package dev.rapport.bot.storage.jdbc;

import dev.rapport.bot.storage.community.CommunitySettingsStore;
import dev.rapport.bot.storage.changes.ChangeKind;
import dev.rapport.rules.config.CommunitySettings;
import dev.rapport.rules.model.CommunityId;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Community settings as one JSON document per community in {@code community_settings}. */
final class JdbcCommunitySettingsStore implements CommunitySettingsStore {
    private final Database db;
    private final StateJson json;
    private final Clock clock;
    private final JdbcChangeFeed changes;

    JdbcCommunitySettingsStore(Database db, StateJson json, Clock clock, JdbcChangeFeed changes) {
        this.changes = changes;
        this.db = db;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void save(CommunityId community, CommunitySettings settings) {
        String doc = json.communitySettings(settings);
        db.transaction("Saving the settings of community " + community, c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO community_settings (community_id, settings, updated_at) "
                    + "VALUES (?,?,?) ON CONFLICT (community_id) DO UPDATE SET settings = excluded.settings, "
                    + "updated_at = excluded.updated_at")) {
                s.setString(1, community.value());
                s.setString(2, doc);
                s.setLong(3, clock.millis());
                int n = s.executeUpdate();
                changes.publish(c, ChangeKind.COMMUNITY_SETTINGS, null, community);
                return n;
            }
        });
    }

    @Override
    public Optional<CommunitySettings> find(CommunityId community) {
        String doc = db.transaction("Reading the settings of community " + community, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT settings FROM community_settings WHERE community_id = ?")) {
                s.setString(1, community.value());
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? r.getString(1) : null;
                }
            }
        });
        return Optional.ofNullable(doc).map(json::communitySettings);
    }

    @Override
    public Map<CommunityId, CommunitySettings> all() {
        Map<String, String> docs = db.transaction("Reading all community settings", c -> {
            Map<String, String> m = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT community_id, settings FROM community_settings ORDER BY community_id");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    m.put(r.getString(1), r.getString(2));
                }
            }
            return m;
        });
        Map<CommunityId, CommunitySettings> result = new LinkedHashMap<>();
        docs.forEach((k, v) -> result.put(CommunityId.of(k), json.communitySettings(v)));
        return result;
    }

    @Override
    public boolean remove(CommunityId community) {
        return db.transaction("Removing the settings of community " + community, c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM community_settings WHERE community_id = ?")) {
                s.setString(1, community.value());
                return s.executeUpdate() > 0;
            }
        });
    }
}
