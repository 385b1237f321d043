package dev.rapport.bot.storage.jdbc;

import dev.rapport.bot.storage.ledger.DeliveryChannel;
import dev.rapport.bot.storage.ledger.Feedback;
import dev.rapport.bot.storage.ledger.PendingTip;
import dev.rapport.bot.storage.ledger.TipLedger;
import dev.rapport.bot.storage.ledger.TipRecord;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.stats.IsoWeek;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** The tip ledger in {@code tip_ledger}; evidence as JSON references, the tip's words are not stored. */
final class JdbcTipLedger implements TipLedger {
    private static final String COLUMNS = "tip_id, user_id, rule_id, week, sent_at, channel, feedback, evidence";

    private final Database db;
    private final StateJson json;
    private final Supplier<UUID> ids;
    private final JdbcForgotten forgotten;

    JdbcTipLedger(Database db, StateJson json, Supplier<UUID> ids, JdbcForgotten forgotten) {
        this.forgotten = forgotten;
        this.db = db;
        this.json = json;
        this.ids = ids;
    }

    @Override
    public TipRecord recordSent(Finding f, Instant sentAt, DeliveryChannel channel) {
        TipRecord tip = new TipRecord(ids.get().toString(), f.user(), f.rule(), f.week(),
                Instant.ofEpochMilli(sentAt.toEpochMilli()), channel, Optional.empty(), Optional.of(f.evidence()));
        String found = json.evidence(f.evidence());
        db.transaction("Recording a tip for " + f.user(), c -> {
            String evidence = guarded(c, f.user(), found);
            if (evidence == null) {
                return 0;
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO tip_ledger (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?)")) {
                s.setString(1, tip.id());
                s.setString(2, tip.user().value());
                s.setString(3, tip.rule().id());
                s.setString(4, tip.week().toString());
                s.setLong(5, tip.sentAt().toEpochMilli());
                s.setString(6, channel.name());
                s.setString(7, null);
                s.setString(8, evidence);
                return s.executeUpdate();
            }
        });
        return tip;
    }

    /**
     * The evidence to store, without forgotten counterparts; null when the tip's person was forgotten meanwhile (a
     * tip found before, in this process or another): no row of theirs is written again (see JdbcForgotten).
     */
    private String guarded(Connection c, UserId user, String evidence) throws SQLException {
        JdbcForgotten.Marks marks = forgotten.marks(c);
        if (marks.forgotten(user)) {
            return null;
        }
        String kept = evidence;
        for (String gone : marks.in(evidence)) {
            kept = json.evidenceWithout(kept, gone);
        }
        return kept;
    }

    @Override
    public boolean deliveredBy(String tipId, DeliveryChannel channel) {
        return db.transaction("Recording how a tip went out", c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE tip_ledger SET channel = ? WHERE tip_id = ?")) {
                s.setString(1, channel.name());
                s.setString(2, tipId);
                return s.executeUpdate() > 0;
            }
        });
    }

    @Override
    public boolean feedback(String tipId, Feedback feedback) {
        return db.transaction("Recording feedback on a tip", c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE tip_ledger SET feedback = ? WHERE tip_id = ?")) {
                s.setString(1, feedback.name());
                s.setString(2, tipId);
                return s.executeUpdate() > 0;
            }
        });
    }

    @Override
    public Optional<TipRecord> find(String tipId) {
        return db.transaction("Reading a tip", c -> select(c, "tip_id = ?", tipId).stream().findFirst());
    }

    @Override
    public List<TipRecord> ofUser(UserId user) {
        return db.transaction("Reading the tips of " + user, c -> select(c, "user_id = ?", user.value()));
    }

    @Override
    public int countSince(UserId user, RuleId rule, Instant since) {
        return db.transaction("Counting the tips of " + user, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT COUNT(*) FROM tip_ledger WHERE user_id = ? AND rule_id = ? AND sent_at >= ?")) {
                s.setString(1, user.value());
                s.setString(2, rule.id());
                s.setLong(3, since.toEpochMilli());
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getInt(1);
                }
            }
        });
    }

    @Override
    public TipRecord recordPending(Finding f, String deliveryId, Instant at, Instant dueAt) {
        TipRecord tip = new TipRecord(ids.get().toString(), f.user(), f.rule(), f.week(),
                Instant.ofEpochMilli(at.toEpochMilli()), DeliveryChannel.PENDING, Optional.empty(),
                Optional.of(f.evidence()));
        String found = json.evidence(f.evidence());
        db.transaction("Entering a tip for " + f.user(), c -> {
            String evidence = guarded(c, f.user(), found);
            if (evidence == null) {
                return 0;
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO tip_ledger (" + COLUMNS
                    + ", delivery_id, attempts, due_at, community_id) VALUES (?,?,?,?,?,?,?,?,?,0,?,?)")) {
                s.setString(1, tip.id());
                s.setString(2, tip.user().value());
                s.setString(3, tip.rule().id());
                s.setString(4, tip.week().toString());
                s.setLong(5, tip.sentAt().toEpochMilli());
                s.setString(6, DeliveryChannel.PENDING.name());
                s.setString(7, null);
                s.setString(8, evidence);
                s.setString(9, deliveryId);
                s.setLong(10, dueAt.toEpochMilli());
                s.setString(11, f.community().value());
                return s.executeUpdate();
            }
        });
        return tip;
    }

    @Override
    public List<PendingTip> due(Instant now, int limit) {
        return db.transaction("Reading the tips due", c -> {
            List<PendingTip> due = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + ", delivery_id, attempts, due_at, "
                    + "community_id FROM tip_ledger WHERE channel = ? AND due_at <= ? ORDER BY due_at, delivery_id, sent_at, tip_id "
                    + "LIMIT ?")) {
                s.setString(1, DeliveryChannel.PENDING.name());
                s.setLong(2, now.toEpochMilli());
                s.setInt(3, limit);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        TipRecord tip = record(r);
                        String delivery = r.getString(9);
                        String community = r.getString(12);
                        due.add(new PendingTip(tip, delivery == null ? tip.id() : delivery, r.getInt(10),
                                Instant.ofEpochMilli(r.getLong(11)),
                                Optional.ofNullable(community).map(CommunityId::of)));
                    }
                }
            }
            return due;
        });
    }

    @Override
    public boolean markSent(String tipId, Instant at, DeliveryChannel channel) {
        return db.transaction("Recording that a tip went out", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE tip_ledger SET channel = ?, sent_at = ?, due_at = NULL WHERE tip_id = ?")) {
                s.setString(1, channel.name());
                s.setLong(2, at.toEpochMilli());
                s.setString(3, tipId);
                return s.executeUpdate() > 0;
            }
        });
    }

    @Override
    public boolean retryAt(String tipId, Instant dueAt) {
        return db.transaction("Scheduling a tip again", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE tip_ledger SET attempts = attempts + 1, due_at = ? WHERE tip_id = ? AND channel = ?")) {
                s.setLong(1, dueAt.toEpochMilli());
                s.setString(2, tipId);
                s.setString(3, DeliveryChannel.PENDING.name());
                return s.executeUpdate() > 0;
            }
        });
    }

    @Override
    public Optional<Instant> lastSent(UserId user, RuleId rule) {
        return db.transaction("Reading when " + user + " last had a tip", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT MAX(sent_at) FROM tip_ledger WHERE user_id = ? "
                    + "AND rule_id = ? AND channel <> ?")) {
                s.setString(1, user.value());
                s.setString(2, rule.id());
                s.setString(3, DeliveryChannel.DROPPED.name());
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    long at = r.getLong(1);
                    return r.wasNull() ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochMilli(at));
                }
            }
        });
    }

    @Override
    public int deliveriesSince(UserId user, Instant since) {
        return db.transaction("Counting the messages to " + user, c -> {
            // A tip entered without a delivery (before deliveries existed) was one message of its own.
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(DISTINCT COALESCE(delivery_id, tip_id)) "
                    + "FROM tip_ledger WHERE user_id = ? AND sent_at >= ? AND channel NOT IN (?, ?)")) {
                s.setString(1, user.value());
                s.setLong(2, since.toEpochMilli());
                s.setString(3, DeliveryChannel.DIGEST.name());
                s.setString(4, DeliveryChannel.DROPPED.name());
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getInt(1);
                }
            }
        });
    }

    private TipRecord record(ResultSet r) throws SQLException {
        String feedback = r.getString(7);
        String evidence = r.getString(8);
        return new TipRecord(r.getString(1), UserId.of(r.getString(2)), RuleId.parse(r.getString(3)),
                IsoWeek.parse(r.getString(4)), Instant.ofEpochMilli(r.getLong(5)),
                DeliveryChannel.valueOf(r.getString(6)),
                feedback == null ? Optional.empty() : Optional.of(Feedback.valueOf(feedback)),
                evidence == null ? Optional.empty() : Optional.of(json.evidence(evidence)));
    }

    private List<TipRecord> select(Connection c, String where, String key) throws SQLException {
        List<TipRecord> list = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM tip_ledger WHERE " + where
                + " ORDER BY sent_at, tip_id")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    list.add(record(r));
                }
            }
        }
        return list;
    }
}
