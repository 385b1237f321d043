package dev.rapport.bot.storage.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.bot.storage.changes.ChangeKind;
import dev.rapport.bot.storage.privacy.ForgetReport;
import dev.rapport.bot.storage.privacy.ForgottenPeople;
import dev.rapport.bot.storage.privacy.PersonalData;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.engine.CommunitySnapshot;
import dev.rapport.rules.engine.UserSnapshot;
import dev.rapport.rules.model.UserId;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Export and forget, each in one transaction so the picture is consistent and forgetting is all-or-nothing.
 * Rows owned by the person are exported in full; rows of other people that mention the person's pseudonym are
 * theirs, so the export only counts them, and forgetting removes the pseudonym from them.
 */
final class JdbcPersonalData implements PersonalData {
    /** Tables whose rows belong to one person, by {@code user_id}; children before parents. */
    static final List<String> OWNED_TABLES = List.of("opt_in_muted_rule", "opt_in_snooze", "opt_in", "weekly_stats",
            "engine_state", "tip_ledger", "digest_ledger");

    private final Database db;
    private final StateJson json;
    private final JdbcEngineStateStore engineState;
    private final Pseudonyms pseudonyms;
    private final JdbcPseudonymClaims claims;
    private final JdbcChangeFeed changes;
    private final JdbcForgotten forgotten;

    JdbcPersonalData(Database db, StateJson json, JdbcEngineStateStore engineState, Pseudonyms pseudonyms,
                     JdbcPseudonymClaims claims, JdbcChangeFeed changes, JdbcForgotten forgotten) {
        this.claims = claims;
        this.forgotten = forgotten;
        this.changes = changes;
        this.db = db;
        this.json = json;
        this.engineState = engineState;
        this.pseudonyms = pseudonyms;
    }

    @Override
    public String export(UserId user) {
        String pseudonym = pseudonyms.of(user);
        ObjectNode root = json.mapper().createObjectNode();
        db.transaction("Exporting the data of " + user, c -> {
            root.put("user", user.value());
            root.put("pseudonym", pseudonym);
            root.put("note", "Everything Rapport keeps about you. Others appear only as pseudonyms; no message "
                    + "text is ever stored. Times are UTC.");
            root.set("optIns", optIns(c, user));
            root.set("weeklyStats", weeklyStats(c, user));
            List<String> state = engineState.documents(c, user);
            // One document per community the person is coached in.
            com.fasterxml.jackson.databind.node.ArrayNode states = root.putArray("engineState");
            for (String doc : state) {
                states.add(engineState.json().tree(doc, user.value()));
            }
            root.set("tips", tips(c, user));
            root.set("digests", rows(c, "SELECT week, process_id, claimed_at FROM digest_ledger WHERE user_id = ? "
                    + "ORDER BY week", "claimed_at", user.value()));
            ObjectNode others = root.putObject("inOthersState");
            // Other people's coaching state is theirs: only how many of them mention you.
            others.put("engineStatesMentioningYou", engineState.mentioning(c, pseudonym).size());
            // How each community saw you (by your pseudonym): your tallies, roles and whether you offered work or
            // posted a job there. Other people's open requests and rooms are theirs: only how many mention you.
            com.fasterxml.jackson.databind.node.ArrayNode seen = root.putArray("communityState");
            int mentioning = 0;
            for (CommunitySnapshot community : engineState.communities(c)) {
                if (!community.mentions(pseudonym)) {
                    continue;
                }
                mentioning++;
                ObjectNode n = seen.addObject();
                n.put("community", community.community().value());
                community.member(pseudonym).ifPresent(m -> n.set("you", engineState.json().tree(m)));
                // What the room norms counted of your posts, channel by channel (the others' counts are theirs).
                List<CommunitySnapshot.RoomNorm> rooms = community.normsOf(pseudonym);
                if (!rooms.isEmpty()) {
                    n.set("yourPostsInRooms", engineState.json().tree(rooms));
                }
                // Your recent messages as kept (ids, times, a keyed digest of the words, never the words); those
                // that waited on you are the others'.
                List<CommunitySnapshot.Message> mine = community.messages().stream()
                        .filter(m -> m.author().equals(pseudonym)).toList();
                if (!mine.isEmpty()) {
                    n.set("yourMessages", engineState.json().messagesTree(mine));
                }
                // Your questions to nobody by name still waiting in rooms, and who last answered you there (ids,
                // pseudonyms and times).
                List<CommunitySnapshot.AskedUnnamed> waiting = community.askedUnnamed().stream()
                        .filter(a -> a.asker().equals(pseudonym)).toList();
                if (!waiting.isEmpty()) {
                    n.set("yourQuestionsInRooms", engineState.json().askedUnnamedTree(waiting));
                }
                // Your requests to the room lately that were for offers or waited a day for an answer (where, when).
                List<CommunitySnapshot.Asked> requests = community.asked().stream()
                        .filter(a -> a.asker().equals(pseudonym)).toList();
                if (!requests.isEmpty()) {
                    n.set("yourRequestsToTheRoom", engineState.json().requestsTree(requests));
                }
            }
            others.put("communityStatesMentioningYou", mentioning);
            return null;
        });
        try {
            return json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    @Override
    public ForgetReport forget(UserId user) {
        // Claimed before the transaction (a claim takes a connection of its own), and released in it.
        String pseudonym = pseudonyms.of(user);
        return db.transaction("Forgetting " + user, c -> {
            // First: saves in progress (any process) commit before this, later ones see the mark and leave the person
            // out, so nothing taken from memory before the forget brings them back (see JdbcForgotten).
            forgotten.record(c, user);
            claims.release(c, pseudonyms.digest(user));
            Map<String, Integer> deleted = new LinkedHashMap<>();
            for (String table : OWNED_TABLES) {
                int n = update(c, "DELETE FROM " + table + " WHERE user_id = ?", user.value());
                if (n > 0) {
                    deleted.put(table, n);
                }
            }
            Map<String, Integer> scrubbed = new LinkedHashMap<>();
            List<UserSnapshot> others = engineState.mentioning(c, pseudonym);
            engineState.write(c, others.stream().map(o -> o.withoutCounterpart(pseudonym)).toList());
            if (!others.isEmpty()) {
                scrubbed.put("engine_state", others.size());
            }
            List<CommunitySnapshot> communities = engineState.communities(c).stream()
                    .filter(s -> s.mentions(pseudonym)).toList();
            engineState.writeCommunities(c, communities.stream().map(s -> s.withoutPerson(pseudonym)).toList());
            if (!communities.isEmpty()) {
                scrubbed.put("community_state", communities.size());
            }
            int stats = rewrite(c, "weekly_stats", "top_counterparts", "user_id, community_id, week", pseudonym,
                    doc -> json.counterpartsWithout(doc, pseudonym));
            if (stats > 0) {
                scrubbed.put("weekly_stats", stats);
            }
            int tips = rewrite(c, "tip_ledger", "evidence", "tip_id", pseudonym, doc -> json.evidenceWithout(doc, pseudonym));
            if (tips > 0) {
                scrubbed.put("tip_ledger", tips);
            }
            // The feed's older entries about the person go too. The announcement names nobody: other processes let go
            // of everyone in their memory who has no opt-in any more, so not even an hour's trace of the id is kept.
            changes.forgetUser(c, user);
            changes.publish(c, ChangeKind.FORGOTTEN, null, null);
            return new ForgetReport(deleted, scrubbed);
        });
    }

    @Override
    public ForgottenPeople forgottenLately() {
        JdbcForgotten.Marks marks = forgotten.marks();
        if (!marks.none()) {
            // A forget released the person's claim (in this process or another): a process that cached it would go
            // on naming them by their old number, while the database gives them a new one when they come back (the
            // old one stays nobody's): two names for one person, and a second forget would miss the old one. The
            // forget names nobody, so every cached claim goes; they are read again as people are met.
            claims.forgetCached();
        }
        SnapshotJson documents = engineState.json();
        return new ForgottenPeople() {
            @Override
            public boolean none() {
                return marks.none();
            }

            @Override
            public boolean forgotten(UserId user) {
                try {
                    return marks.forgotten(user);
                } catch (SQLException e) {
                    // Marks read in a transaction of their own look pseudonyms up in their own transactions too.
                    throw new IllegalStateException("no statement runs on a finished transaction's marks", e);
                }
            }

            @Override
            public boolean pseudonymForgotten(String pseudonym) {
                return marks.pseudonym(pseudonym);
            }

            @Override
            public Set<String> in(UserSnapshot snapshot) {
                return marks.none() ? Set.of() : marks.in(documents.write(snapshot));
            }
        };
    }

    private interface Rewrite {
        String apply(String doc);
    }

    /** Rewrites the JSON column of every row whose document mentions {@code pseudonym}. */
    private static int rewrite(Connection c, String table, String column, String keys, String pseudonym, Rewrite rewrite)
            throws SQLException {
        String[] keyColumns = keys.split(", ");
        List<String[]> rows = new ArrayList<>();
        // Pseudonyms are "p-" and hex digits: nothing in them is special to LIKE.
        try (PreparedStatement s = c.prepareStatement("SELECT " + keys + ", " + column + " FROM " + table
                + " WHERE " + column + " LIKE ?")) {
            s.setString(1, "%" + pseudonym + "%");
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String[] row = new String[keyColumns.length + 1];
                    for (int i = 0; i <= keyColumns.length; i++) {
                        row[i] = r.getString(i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        StringBuilder where = new StringBuilder();
        for (String k : keyColumns) {
            where.append(where.length() == 0 ? "" : " AND ").append(k).append(" = ?");
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE " + where)) {
            for (String[] row : rows) {
                s.setString(1, rewrite.apply(row[keyColumns.length]));
                for (int i = 0; i < keyColumns.length; i++) {
                    s.setString(i + 2, row[i]);
                }
                s.executeUpdate();
            }
        }
        return rows.size();
    }

    private ArrayNode optIns(Connection c, UserId user) throws SQLException {
        ArrayNode list = rows(c, "SELECT platform, community_id, consent_at, zone, digest_day, digest_hour, quiet_from, "
                + "quiet_until, tip_frequency, goal FROM opt_in WHERE user_id = ? ORDER BY platform, community_id", "consent_at", user.value());
        for (var node : list) {
            ObjectNode o = (ObjectNode) node;
            String platform = o.path("platform").asText();
            String community = o.path("community_id").asText();
            o.set("muted_rules", rows(c, "SELECT rule_id FROM opt_in_muted_rule WHERE user_id = ? AND platform = ? "
                    + "AND community_id = ? ORDER BY rule_id", null, user.value(), platform, community));
            o.set("snoozes", rows(c, "SELECT rule_id, snoozed_until FROM opt_in_snooze WHERE user_id = ? AND platform = ? "
                    + "AND community_id = ? ORDER BY rule_id", "snoozed_until", user.value(), platform, community));
        }
        return list;
    }

    /** Per week, the week's numbers per community ("*": over every community of a replay). */
    private ObjectNode weeklyStats(Connection c, UserId user) throws SQLException {
        ObjectNode weeks = json.mapper().createObjectNode();
        try (PreparedStatement s = c.prepareStatement("SELECT week, " + JdbcWeeklyStatsStore.COLUMNS
                + ", community_id FROM weekly_stats WHERE user_id = ? ORDER BY week, community_id")) {
            s.setString(1, user.value());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    var w = JdbcWeeklyStatsStore.stats(r, json);
                    ObjectNode n = json.mapper().valueToTree(w);
                    n.set("audienceMix", json.audienceMixNode(w.audienceMix()));
                    n.set("topCounterparts", json.counterpartsNode(w.topCounterparts()));
                    n.put("community", r.getString(JdbcWeeklyStatsStore.COLUMNS.split(", ").length + 2));
                    ((ArrayNode) (weeks.has(r.getString(1)) ? weeks.get(r.getString(1))
                            : weeks.putArray(r.getString(1)))).add(n);
                }
            }
        }
        return weeks;
    }

    private ArrayNode tips(Connection c, UserId user) throws SQLException {
        ArrayNode list = json.mapper().createArrayNode();
        try (PreparedStatement s = c.prepareStatement("SELECT tip_id, rule_id, week, sent_at, channel, feedback, evidence "
                + "FROM tip_ledger WHERE user_id = ? ORDER BY sent_at, tip_id")) {
            s.setString(1, user.value());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ObjectNode t = list.addObject();
                    t.put("tip_id", r.getString(1));
                    t.put("rule", r.getString(2));
                    t.put("week", r.getString(3));
                    t.put("sent_at", Instant.ofEpochMilli(r.getLong(4)).toString());
                    t.put("channel", r.getString(5));
                    t.put("feedback", r.getString(6));
                    String evidence = r.getString(7);
                    if (evidence == null) {
                        t.putNull("evidence");
                    } else {
                        t.set("evidence", json.read(evidence, "tip evidence"));
                    }
                }
            }
        }
        return list;
    }

    /** Every row of a query as an object keyed by column name; {@code timeColumn} is shown as an instant. */
    private ArrayNode rows(Connection c, String sql, String timeColumn, String... args) throws SQLException {
        ArrayNode list = json.mapper().createArrayNode();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setString(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                int n = r.getMetaData().getColumnCount();
                while (r.next()) {
                    ObjectNode o = list.addObject();
                    for (int i = 1; i <= n; i++) {
                        String name = r.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT);
                        Object v = r.getObject(i);
                        if (v == null) {
                            o.putNull(name);
                        } else if (name.equals(timeColumn)) {
                            o.put(name, Instant.ofEpochMilli(r.getLong(i)).toString());
                        } else if (v instanceof Number num) {
                            o.put(name, num.longValue());
                        } else {
                            o.put(name, v.toString());
                        }
                    }
                }
            }
        }
        return list;
    }

    private static int update(Connection c, String sql, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            return s.executeUpdate();
        }
    }
}
