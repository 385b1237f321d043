package dev.rapport.bot.storage.jdbc;

import dev.rapport.bot.storage.changes.ChangeKind;
import dev.rapport.bot.storage.optin.GoalCounts;
import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.bot.storage.optin.OptIns;
import dev.rapport.bot.storage.optin.QuietHours;
import dev.rapport.bot.storage.optin.TipFrequency;
import dev.rapport.rules.config.Goal;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.RuleId;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Opt-ins in {@code opt_in}, with muted rules and snoozes in child tables that go with it. */
final class JdbcOptIns implements OptIns {
    private static final String COLUMNS = "platform, user_id, community_id, consent_at, zone, digest_day, digest_hour, "
            + "quiet_from, quiet_until, tip_frequency, goal";

    private final Database db;
    private final JdbcChangeFeed changes;
    private final JdbcForgotten forgotten;

    JdbcOptIns(Database db, JdbcChangeFeed changes, JdbcForgotten forgotten) {
        this.db = db;
        this.changes = changes;
        this.forgotten = forgotten;
    }

    @Override
    public void save(OptIn o) {
        db.transaction("Saving the opt-in of " + o.user(), c -> {
            // Someone forgotten who opts in again is coached again, from nothing: what is written of them from now on
            // is theirs. First, before any other lock (forget takes the same ones in this order).
            forgotten.clear(c, o.user());
            try (PreparedStatement s = c.prepareStatement("INSERT INTO opt_in (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?) "
                    + "ON CONFLICT (platform, user_id, community_id) DO UPDATE SET consent_at = excluded.consent_at, "
                    + "zone = excluded.zone, digest_day = excluded.digest_day, digest_hour = excluded.digest_hour, "
                    + "quiet_from = excluded.quiet_from, quiet_until = excluded.quiet_until, "
                    + "tip_frequency = excluded.tip_frequency, goal = excluded.goal")) {
                keys(s, o.platform(), o.user(), o.community());
                values(s, 4, o);
                s.executeUpdate();
            }
            children(c, o);
            changes.publish(c, ChangeKind.CONSENT, o.user(), o.community());
            return null;
        });
    }

    /**
     * Changes an opt-in that is still there, and only then. Preferences are read, changed and written back; a forget
     * or a withdrawal that commits in between (in this process or another) must win, not be undone with the consent
     * it removed: an UPDATE finds no row then (on PostgreSQL it waits for the forget's delete and finds none).
     */
    @Override
    public boolean update(OptIn o) {
        return db.transaction("Saving the preferences of " + o.user(), c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE opt_in SET consent_at = ?, zone = ?, digest_day = ?, "
                    + "digest_hour = ?, quiet_from = ?, quiet_until = ?, tip_frequency = ?, goal = ? "
                    + "WHERE platform = ? AND user_id = ? AND community_id = ?")) {
                values(s, 1, o);
                s.setString(9, o.platform());
                s.setString(10, o.user().value());
                s.setString(11, o.community().value());
                if (s.executeUpdate() == 0) {
                    return false;
                }
            }
            children(c, o);
            changes.publish(c, ChangeKind.CONSENT, o.user(), o.community());
            return true;
        });
    }

    /** The eight columns after the keys, from parameter {@code from} on. */
    private static void values(PreparedStatement s, int from, OptIn o) throws SQLException {
        s.setLong(from, o.consentAt().toEpochMilli());
        s.setString(from + 1, o.zone().getId());
        s.setInt(from + 2, o.digestDay().getValue());
        s.setInt(from + 3, o.digestHour());
        if (o.quietHours().isPresent()) {
            s.setInt(from + 4, o.quietHours().get().fromHour());
            s.setInt(from + 5, o.quietHours().get().untilHour());
        } else {
            s.setNull(from + 4, Types.SMALLINT);
            s.setNull(from + 5, Types.SMALLINT);
        }
        s.setString(from + 6, o.frequency().name());
        if (o.goal().isPresent()) {
            s.setString(from + 7, o.goal().get().configName());
        } else {
            s.setNull(from + 7, Types.VARCHAR);
        }
    }

    /** Replaces the muted rules and snoozes of the opt-in. */
    private static void children(Connection c, OptIn o) throws SQLException {
        for (String table : List.of("opt_in_muted_rule", "opt_in_snooze")) {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table
                    + " WHERE platform = ? AND user_id = ? AND community_id = ?")) {
                keys(s, o.platform(), o.user(), o.community());
                s.executeUpdate();
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO opt_in_muted_rule "
                + "(platform, user_id, community_id, rule_id) VALUES (?,?,?,?)")) {
            for (RuleId r : o.mutedRules()) {
                keys(s, o.platform(), o.user(), o.community());
                s.setString(4, r.id());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO opt_in_snooze "
                + "(platform, user_id, community_id, rule_id, snoozed_until) VALUES (?,?,?,?,?)")) {
            for (var e : o.snoozes().entrySet()) {
                keys(s, o.platform(), o.user(), o.community());
                s.setString(4, e.getKey().id());
                s.setLong(5, e.getValue().toEpochMilli());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    @Override
    public Optional<OptIn> find(String platform, UserId user, CommunityId community) {
        return db.transaction("Reading the opt-in of " + user, c -> {
            List<OptIn> found = select(c, "platform = ? AND user_id = ? AND community_id = ?",
                    s -> keys(s, platform, user, community));
            return found.stream().findFirst();
        });
    }

    @Override
    public List<OptIn> ofUser(UserId user) {
        return db.transaction("Reading the opt-ins of " + user, c -> select(c, "user_id = ?", s -> s.setString(1, user.value())));
    }

    @Override
    public List<OptIn> all() {
        return db.transaction("Reading all opt-ins", c -> select(c, "1 = 1", JdbcOptIns::noParameters));
    }

    /** Counted by the database: no opt-in is read for it. */
    @Override
    public GoalCounts goalCounts(String platform, CommunityId community) {
        return db.transaction("Counting the goals chosen in " + community, c -> {
            Map<Goal, Integer> chosen = new EnumMap<>(Goal.class);
            int notSaid = 0;
            try (PreparedStatement s = c.prepareStatement("SELECT goal, COUNT(*) FROM opt_in "
                    + "WHERE platform = ? AND community_id = ? GROUP BY goal")) {
                s.setString(1, platform);
                s.setString(2, community.value());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Optional<Goal> goal = goal(r.getString(1));
                        int n = r.getInt(2);
                        if (goal.isPresent()) {
                            chosen.merge(goal.get(), n, Integer::sum);
                        } else {
                            notSaid += n;
                        }
                    }
                }
            }
            return new GoalCounts(chosen, notSaid);
        });
    }

    @Override
    public boolean remove(String platform, UserId user, CommunityId community) {
        return db.transaction("Removing the opt-in of " + user, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM opt_in WHERE platform = ? AND user_id = ? AND community_id = ?")) {
                keys(s, platform, user, community);
                boolean removed = s.executeUpdate() > 0;
                if (removed) {
                    changes.publish(c, ChangeKind.WITHDRAWN, user, community);
                }
                return removed;
            }
        });
    }

    private interface Binder {
        void bind(PreparedStatement s) throws SQLException;
    }

    /** For a query without parameters. */
    private static void noParameters(PreparedStatement s) {
        // nothing to bind
    }

    private static void keys(PreparedStatement s, String platform, UserId user, CommunityId community) throws SQLException {
        s.setString(1, platform);
        s.setString(2, user.value());
        s.setString(3, community.value());
    }

    /**
     * The stored goal; one this version does not know (written by a newer Rapport, or edited by hand) reads as "not
     * said", so the community's goal applies rather than the opt-in becoming unreadable.
     */
    private static Optional<Goal> goal(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Goal.parse(stored));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<OptIn> select(Connection c, String where, Binder binder) throws SQLException {
        record Row(String platform, UserId user, CommunityId community, Instant consent, ZoneId zone, DayOfWeek day,
                   int hour, Optional<QuietHours> quiet, TipFrequency frequency, Optional<Goal> goal) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM opt_in WHERE " + where
                + " ORDER BY platform, user_id, community_id")) {
            binder.bind(s);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    int from = r.getInt(8);
                    boolean noQuiet = r.wasNull();
                    int until = r.getInt(9);
                    rows.add(new Row(r.getString(1), UserId.of(r.getString(2)), CommunityId.of(r.getString(3)),
                            Instant.ofEpochMilli(r.getLong(4)), ZoneId.of(r.getString(5)), DayOfWeek.of(r.getInt(6)),
                            r.getInt(7), noQuiet ? Optional.empty() : Optional.of(new QuietHours(from, until)),
                            TipFrequency.valueOf(r.getString(10)), goal(r.getString(11))));
                }
            }
        }
        List<OptIn> result = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Set<RuleId> muted = EnumSet.noneOf(RuleId.class);
            Map<RuleId, Instant> snoozes = new EnumMap<>(RuleId.class);
            try (PreparedStatement s = c.prepareStatement("SELECT rule_id FROM opt_in_muted_rule "
                    + "WHERE platform = ? AND user_id = ? AND community_id = ?")) {
                keys(s, row.platform(), row.user(), row.community());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        RuleId.find(r.getString(1)).ifPresent(muted::add);
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT rule_id, snoozed_until FROM opt_in_snooze "
                    + "WHERE platform = ? AND user_id = ? AND community_id = ?")) {
                keys(s, row.platform(), row.user(), row.community());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        long until = r.getLong(2);
                        RuleId.find(r.getString(1)).ifPresent(id -> snoozes.put(id, Instant.ofEpochMilli(until)));
                    }
                }
            }
            result.add(new OptIn(row.platform(), row.user(), row.community(), row.consent(), row.zone(), row.day(),
                    row.hour(), row.quiet(), row.frequency(), muted, snoozes, row.goal()));
        }
        return result;
    }
}
