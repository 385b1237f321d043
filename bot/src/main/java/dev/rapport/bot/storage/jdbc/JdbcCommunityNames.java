package dev.rapport.bot.storage.jdbc;

import dev.rapport.bot.storage.community.CommunityNames;
import dev.rapport.rules.model.CommunityId;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Optional;

/** Community names in {@code community_name}, one row per community. */
final class JdbcCommunityNames implements CommunityNames {
    /** Discord allows 100 characters; the column takes 200, and anything longer is cut rather than refused. */
    private static final int LONGEST = 200;

    private final Database db;
    private final Clock clock;

    JdbcCommunityNames(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void remember(CommunityId community, String name) {
        String kept = name.strip().length() > LONGEST ? name.strip().substring(0, LONGEST) : name.strip();
        if (kept.isEmpty()) {
            return;
        }
        db.transaction("Saving the name of community " + community, c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO community_name (community_id, name, updated_at) "
                    + "VALUES (?,?,?) ON CONFLICT (community_id) DO UPDATE SET name = excluded.name, "
                    + "updated_at = excluded.updated_at")) {
                s.setString(1, community.value());
                s.setString(2, kept);
                s.setLong(3, clock.millis());
                return s.executeUpdate();
            }
        });
    }

    @Override
    public Optional<String> nameOf(CommunityId community) {
        return db.transaction("Reading the name of community " + community, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT name FROM community_name WHERE community_id = ?")) {
                s.setString(1, community.value());
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }
}
