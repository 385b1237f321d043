package dev.rapport.bot.storage.jdbc;

import dev.rapport.bot.storage.state.Direction;
import dev.rapport.bot.storage.state.Interaction;
import dev.rapport.bot.storage.state.LinkPost;
import dev.rapport.bot.storage.state.PendingItem;
import dev.rapport.bot.storage.state.RollingStateStore;
import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeeklyStats;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pending items, link posts and counterpart interactions. Other people's ids are turned into pseudonyms here,
 * before any SQL runs, so no caller can store one raw by mistake.
 */
final class JdbcRollingStateStore implements RollingStateStore {
    private final Database db;
    private final Pseudonyms pseudonyms;

    JdbcRollingStateStore(Database db, Pseudonyms pseudonyms) {
        this.db = db;
        this.pseudonyms = pseudonyms;
    }

    @Override
    public void putPending(UserId user, MessageId message, UserId from, Instant since, IsoWeek week) {
        String fromPseudonym = pseudonyms.of(from);
        db.transaction("Saving a pending item of " + user, c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO pending_item (user_id, message_id, from_pseudonym, "
                    + "since, week) VALUES (?,?,?,?,?) ON CONFLICT (user_id, message_id) DO UPDATE SET "
                    + "from_pseudonym = excluded.from_pseudonym, since = excluded.since, week = excluded.week")) {
                s.setString(1, user.value());
                s.setString(2, message.value());
                s.setString(3, fromPseudonym);
                s.setLong(4, since.toEpochMilli());
                s.setString(5, week.toString());
                return s.executeUpdate();
            }
        });
    }

    @Override
    public boolean resolvePending(UserId user, MessageId message) {
        return db.transaction("Resolving a pending item of " + user, c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM pending_item WHERE user_id = ? AND message_id = ?")) {
                s.setString(1, user.value());
                s.setString(2, message.value());
                return s.executeUpdate() > 0;
            }
        });
    }

    @Override
    public List<PendingItem> pending(UserId user) {
        return db.transaction("Reading the pending items of " + user, c -> {
            List<PendingItem> list = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT message_id, from_pseudonym, since, week FROM pending_item "
                    + "WHERE user_id = ? ORDER BY since, message_id")) {
                s.setString(1, user.value());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        list.add(new PendingItem(MessageId.of(r.getString(1)), r.getString(2),
                                Instant.ofEpochMilli(r.getLong(3)), IsoWeek.parse(r.getString(4))));
                    }
                }
            }
            return list;
        });
    }

    @Override
    public void putLinkPost(UserId user, LinkPost post) {
        db.transaction("Saving a link post of " + user, c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO link_post (user_id, message_id, fingerprint, "
                    + "channel_id, posted_at) VALUES (?,?,?,?,?) ON CONFLICT (user_id, message_id, fingerprint) "
                    + "DO UPDATE SET channel_id = excluded.channel_id, posted_at = excluded.posted_at")) {
                s.setString(1, user.value());
                s.setString(2, post.message().value());
                s.setString(3, post.fingerprint());
                s.setString(4, post.channel().value());
                s.setLong(5, post.at().toEpochMilli());
                return s.executeUpdate();
            }
        });
    }

    @Override
    public List<LinkPost> linkPosts(UserId user, Instant since) {
        return db.transaction("Reading the link posts of " + user, c -> {
            List<LinkPost> list = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT message_id, fingerprint, channel_id, posted_at FROM link_post "
                    + "WHERE user_id = ? AND posted_at >= ? ORDER BY posted_at, message_id, fingerprint")) {
                s.setString(1, user.value());
                s.setLong(2, since.toEpochMilli());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        list.add(new LinkPost(MessageId.of(r.getString(1)), r.getString(2), ChannelId.of(r.getString(3)),
                                Instant.ofEpochMilli(r.getLong(4))));
                    }
                }
            }
            return list;
        });
    }

    @Override
    public void recordInteraction(UserId user, Interaction i) {
        String counterpart = pseudonyms.of(i.counterpart());
        db.transaction("Saving an interaction of " + user, c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO counterpart_interaction (user_id, message_id, "
                    + "counterpart, direction, week, audience, happened_at) VALUES (?,?,?,?,?,?,?) "
                    + "ON CONFLICT (user_id, message_id, counterpart, direction) DO UPDATE SET week = excluded.week, "
                    + "audience = excluded.audience, happened_at = excluded.happened_at")) {
                s.setString(1, user.value());
                s.setString(2, i.message().value());
                s.setString(3, counterpart);
                s.setString(4, i.direction().name());
                s.setString(5, i.week().toString());
                s.setString(6, i.audience().configName());
                s.setLong(7, i.at().toEpochMilli());
                return s.executeUpdate();
            }
        });
    }

    @Override
    public List<WeeklyStats.Counterpart> tallies(UserId user, IsoWeek week) {
        return db.transaction("Reading the counterpart tallies of " + user, c -> {
            final class Tally {
                Audience audience;
                int given;
                int received;
            }
            Map<String, Tally> tallies = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT counterpart, direction, audience FROM counterpart_interaction "
                    + "WHERE user_id = ? AND week = ? ORDER BY happened_at, message_id")) {
                s.setString(1, user.value());
                s.setString(2, week.toString());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Tally t = tallies.computeIfAbsent(r.getString(1), k -> new Tally());
                        if (Direction.valueOf(r.getString(2)) == Direction.GIVEN) t.given++;
                        else t.received++;
                        t.audience = Audience.parse(r.getString(3));
                    }
                }
            }
            List<WeeklyStats.Counterpart> list = new ArrayList<>();
            tallies.forEach((p, t) -> list.add(new WeeklyStats.Counterpart(p, t.audience, t.given, t.received)));
            list.sort(Comparator.comparingInt((WeeklyStats.Counterpart x) -> -(x.given() + x.received()))
                    .thenComparing(WeeklyStats.Counterpart::pseudonym));
            return list;
        });
    }
}
