package dev.rapport.bot.storage.jdbc;

import dev.rapport.bot.storage.stats.WeeklyStatsStore;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeeklyStats;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** Weekly stats, one row per (user, community, week); saving again replaces the row. */
final class JdbcWeeklyStatsStore implements WeeklyStatsStore {
    static final String COLUMNS = "messages, replies, questions_answered, questions_asked, mentions_received, "
            + "mentions_answered, median_response_seconds, link_messages, links, link_share, self_promotion, "
            + "broadcast_share, first_person, second_person, self_focus_ratio, audience_mix, reciprocity, overdue, "
            + "top_counterparts, reactions_given, link_flags, help_given, acknowledgements";

    private final Database db;
    private final StateJson json;
    private final Clock clock;
    private final JdbcForgotten forgotten;

    JdbcWeeklyStatsStore(Database db, StateJson json, Clock clock, JdbcForgotten forgotten) {
        this.forgotten = forgotten;
        this.db = db;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void save(UserId user, CommunityId community, IsoWeek week, WeeklyStats w) {
        String mix = json.audienceMix(w.audienceMix());
        String counterparts = json.counterparts(w.topCounterparts());
        StringBuilder updates = new StringBuilder();
        for (String col : COLUMNS.split(", ")) {
            updates.append(col).append(" = excluded.").append(col).append(", ");
        }
        db.transaction("Saving the weekly stats of " + user + " for " + week, c -> {
            // A week counted before the person (or a counterpart) was forgotten does not bring them back.
            JdbcForgotten.Marks marks = forgotten.marks(c);
            if (marks.forgotten(user)) {
                return 0;
            }
            String top = counterparts;
            for (String gone : marks.in(counterparts)) {
                top = json.counterpartsWithout(top, gone);
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO weekly_stats (user_id, community_id, week, " + COLUMNS
                    + ", updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                    + "ON CONFLICT (user_id, community_id, week) "
                    + "DO UPDATE SET " + updates + "updated_at = excluded.updated_at")) {
                int i = 1;
                s.setString(i++, user.value());
                s.setString(i++, community.value());
                s.setString(i++, week.toString());
                s.setInt(i++, w.messages());
                s.setInt(i++, w.replies());
                s.setInt(i++, w.questionsAnswered());
                s.setInt(i++, w.questionsAsked());
                s.setInt(i++, w.mentionsReceived());
                s.setInt(i++, w.mentionsAnswered());
                s.setLong(i++, w.medianResponseSeconds());
                s.setInt(i++, w.linkMessages());
                s.setInt(i++, w.links());
                s.setDouble(i++, w.linkShare());
                s.setInt(i++, w.selfPromotion());
                s.setDouble(i++, w.broadcastShare());
                s.setInt(i++, w.firstPerson());
                s.setInt(i++, w.secondPerson());
                s.setDouble(i++, w.selfFocusRatio());
                s.setString(i++, mix);
                s.setDouble(i++, w.reciprocity());
                s.setInt(i++, w.overdue());
                s.setString(i++, top);
                s.setInt(i++, w.reactionsGiven());
                s.setInt(i++, w.linkFlags());
                s.setInt(i++, w.helpGiven());
                s.setInt(i++, w.acknowledgements());
                s.setLong(i, clock.millis());
                return s.executeUpdate();
            }
        });
    }

    @Override
    public Optional<WeeklyStats> find(UserId user, CommunityId community, IsoWeek week) {
        return Optional.ofNullable(range(user, community, week, week).get(week));
    }

    @Override
    public NavigableMap<IsoWeek, WeeklyStats> range(UserId user, CommunityId community, IsoWeek from, IsoWeek to) {
        return db.transaction("Reading the weekly stats of " + user, c -> {
            NavigableMap<IsoWeek, WeeklyStats> result = new TreeMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT week, " + COLUMNS + " FROM weekly_stats "
                    + "WHERE user_id = ? AND community_id = ? AND week >= ? AND week <= ? ORDER BY week")) {
                s.setString(1, user.value());
                s.setString(2, community.value());
                s.setString(3, from.toString());
                s.setString(4, to.toString());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        result.put(IsoWeek.parse(r.getString(1)), stats(r, json));
                    }
                }
            }
            return result;
        });
    }

    /** Rows fetched per round trip: a page of people at a time, however many there are. */
    static final int PAGE = 2_000;

    @Override
    public void forEachPerson(IsoWeek from, IsoWeek to, PersonWeeks visitor) {
        db.transaction("Reading everyone's weekly stats from " + from + " to " + to, c -> {
            // In primary-key order, so that each person's rows in a community come together; the driver fetches a
            // page at a time (PostgreSQL streams with a cursor inside a transaction, SQLite steps through the rows).
            try (PreparedStatement s = c.prepareStatement("SELECT user_id, community_id, week, " + COLUMNS
                    + " FROM weekly_stats WHERE week >= ? AND week <= ? ORDER BY user_id, community_id, week")) {
                s.setFetchSize(PAGE);
                s.setString(1, from.toString());
                s.setString(2, to.toString());
                try (ResultSet r = s.executeQuery()) {
                    String user = null;
                    String community = null;
                    NavigableMap<IsoWeek, WeeklyStats> weeks = new TreeMap<>();
                    while (r.next()) {
                        String rowUser = r.getString(1);
                        String rowCommunity = r.getString(2);
                        if (user != null && !(user.equals(rowUser) && community.equals(rowCommunity))) {
                            visitor.accept(UserId.of(user), CommunityId.of(community), weeks);
                            weeks = new TreeMap<>();
                        }
                        user = rowUser;
                        community = rowCommunity;
                        weeks.put(IsoWeek.parse(r.getString(3)), stats(r, json, 4));
                    }
                    if (user != null) {
                        visitor.accept(UserId.of(user), CommunityId.of(community), weeks);
                    }
                }
            }
            return null;
        });
    }

    /** Reads the {@link #COLUMNS} starting at column 2. */
    static WeeklyStats stats(ResultSet r, StateJson json) throws SQLException {
        return stats(r, json, 2);
    }

    /** Reads the {@link #COLUMNS} starting at column {@code first}. */
    static WeeklyStats stats(ResultSet r, StateJson json, int first) throws SQLException {
        int i = first;
        return new WeeklyStats(r.getInt(i++), r.getInt(i++), r.getInt(i++), r.getInt(i++), r.getInt(i++),
                r.getInt(i++), r.getLong(i++), r.getInt(i++), r.getInt(i++), r.getDouble(i++), r.getInt(i++),
                r.getDouble(i++), r.getInt(i++), r.getInt(i++), r.getDouble(i++), json.audienceMix(r.getString(i++)),
                r.getDouble(i++), r.getInt(i++), json.counterparts(r.getString(i++)), r.getInt(i++), r.getInt(i++),
                r.getInt(i++), r.getInt(i));
    }
}
