package dev.rapport.bot.storage.jdbc;

import dev.rapport.bot.storage.state.EngineStateStore;
import dev.rapport.rules.engine.CommunitySnapshot;
import dev.rapport.rules.engine.PersonInCommunity;
import dev.rapport.rules.engine.UserSnapshot;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One JSON document per coached person and community in {@code engine_state}, replaced whole on every save (an upsert
 * by user and community id), so saving the same state twice leaves one row with the same content, and a process
 * writes only the rows of the communities it coaches. A community's state is kept in parts, of which a save writes
 * only those that changed ({@link CommunityParts}). The format version sits in its own
 * column too, so a document from a newer Rapport is refused before anything tries to read it.
 *
 * <p>The connection-level methods let export, forget and retention read and rewrite snapshots inside their own
 * transactions.
 */
final class JdbcEngineStateStore implements EngineStateStore {
    private static final String UPSERT = "INSERT INTO engine_state (user_id, community_id, version, state, updated_at) "
            + "VALUES (?,?,?,?,?) ON CONFLICT (user_id, community_id) DO UPDATE SET version = excluded.version, state = excluded.state, "
            + "updated_at = excluded.updated_at";

    private final Database db;
    private final SnapshotJson json;
    private final Clock clock;
    /** Communities' states, in parts (see {@link CommunityParts}: a save writes what changed). */
    private final CommunityParts parts;
    private final JdbcForgotten forgotten;

    JdbcEngineStateStore(Database db, SnapshotJson json, Clock clock, JdbcForgotten forgotten) {
        this.db = db;
        this.json = json;
        this.clock = clock;
        this.parts = new CommunityParts(json);
        this.forgotten = forgotten;
    }

    SnapshotJson json() {
        return json;
    }

    @Override
    public void save(UserSnapshot snapshot) {
        saveAll(List.of(snapshot), "Saving the engine state of " + snapshot.user() + " in " + snapshot.key().community());
    }

    @Override
    public void saveAll(List<UserSnapshot> snapshots) {
        saveAll(snapshots, "Saving the engine state of " + snapshots.size() + " people");
    }

    @Override
    public void saveAll(List<UserSnapshot> snapshots, List<CommunitySnapshot> communities) {
        if (communities.isEmpty()) {
            saveAll(snapshots);
            return;
        }
        check(snapshots);
        for (CommunitySnapshot s : communities) {
            if (s.version() > CommunitySnapshot.VERSION) {
                throw new IllegalArgumentException("the snapshot of community " + s.community() + " claims version "
                        + s.version() + "; this build writes version " + CommunitySnapshot.VERSION + " at most");
            }
        }
        db.transaction("Saving the engine state of " + snapshots.size() + " people and " + communities.size()
                + " communities", c -> {
            // One look at the marks for the whole save (see JdbcForgotten).
            JdbcForgotten.Marks marks = forgotten.marks(c);
            write(c, snapshots, marks);
            writeCommunities(c, communities, marks);
            return null;
        });
    }

    @Override
    public List<CommunitySnapshot> communities() {
        return db.transaction("Reading the engine state of every community", this::communities);
    }

    /** Every community's state, by community id, on {@code c}. */
    List<CommunitySnapshot> communities(Connection c) throws SQLException {
        return parts.read(c);
    }

    /** Writes the parts of {@code communities} that changed, on {@code c}, inside the caller's transaction. */
    void writeCommunities(Connection c, List<CommunitySnapshot> communities) throws SQLException {
        writeCommunities(c, communities, forgotten.marks(c));
    }

    /** As {@link #writeCommunities(Connection, List)}, with the marks this transaction read already. */
    private void writeCommunities(Connection c, List<CommunitySnapshot> communities, JdbcForgotten.Marks marks)
            throws SQLException {
        long now = clock.millis();
        // Nobody forgotten comes back through a picture taken before they were (see JdbcForgotten).
        // Each part is checked as it is serialised: a part unchanged since this process wrote it is not serialised
        // again, and its stored document is already without them (a forget scrubs the stored rows, which changes
        // their digests).
        for (CommunitySnapshot snapshot : communities) {
            parts.write(c, snapshot, now, marks);
        }
    }

    private void check(List<UserSnapshot> snapshots) {
        for (UserSnapshot s : snapshots) {
            // This build must not label a document with a format it does not know.
            s.key();
            if (s.version() > UserSnapshot.VERSION) {
                throw new IllegalArgumentException("the snapshot of " + s.user() + " claims version " + s.version()
                        + "; this build writes version " + UserSnapshot.VERSION + " at most");
            }
        }
    }

    private void saveAll(List<UserSnapshot> snapshots, String doing) {
        if (snapshots.isEmpty()) {
            return;
        }
        check(snapshots);
        db.transaction(doing, c -> {
            write(c, snapshots);
            return null;
        });
    }

    @Override
    public Optional<UserSnapshot> load(UserId user, CommunityId community) {
        return db.transaction("Reading the engine state of " + user + " in " + community, c -> {
            List<UserSnapshot> found = read(c, "WHERE user_id = ? AND community_id = ?", user.value(), community.value());
            return found.isEmpty() ? Optional.<UserSnapshot>empty() : Optional.of(found.get(0));
        });
    }

    @Override
    public List<UserSnapshot> ofUser(UserId user) {
        return db.transaction("Reading the engine state of " + user, c -> read(c, "WHERE user_id = ?", user.value()));
    }

    @Override
    public List<UserSnapshot> all() {
        return db.transaction("Reading the engine state of everyone", c -> read(c, ""));
    }

    @Override
    public void inPages(int pageSize, Consumer<List<UserSnapshot>> page) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be at least 1, was " + pageSize);
        }
        PersonInCommunity after = null;
        while (true) {
            PersonInCommunity from = after;
            List<UserSnapshot> next = db.transaction("Reading the engine state after "
                    + (from == null ? "the start" : from.user() + " in " + from.community()), c -> page(c, from, pageSize));
            if (next.isEmpty()) {
                return;
            }
            page.accept(next);
            if (next.size() < pageSize) {
                return;
            }
            after = next.get(next.size() - 1).key();
        }
    }

    /**
     * Up to {@code size} snapshots with keys after {@code after} in (user, community) order (keyset paging: no offset
     * to skip over); {@code after} null: from the start.
     */
    List<UserSnapshot> page(Connection c, PersonInCommunity after, int size) throws SQLException {
        String user = after == null ? "" : after.user().value();
        String community = after == null ? "" : after.community().value();
        try (PreparedStatement s = c.prepareStatement("SELECT user_id, community_id, version, state FROM engine_state "
                + "WHERE user_id > ? OR (user_id = ? AND community_id > ?) ORDER BY user_id, community_id LIMIT ?")) {
            s.setString(1, user);
            s.setString(2, user);
            s.setString(3, community);
            s.setInt(4, size);
            return rows(s);
        }
    }

    /** Upserts {@code snapshots} on {@code c}, inside the caller's transaction. */
    void write(Connection c, List<UserSnapshot> snapshots) throws SQLException {
        if (snapshots.isEmpty()) {
            return;
        }
        write(c, snapshots, forgotten.marks(c));
    }

    /**
     * The forget marks for this transaction, taken first in it (see {@link JdbcForgotten#marks(Connection)}): for a
     * transaction that reads snapshots and then rewrites them, so that it reads after any forget in progress.
     */
    JdbcForgotten.Marks marks(Connection c) throws SQLException {
        return forgotten.marks(c);
    }

    /** As {@link #write(Connection, List)}, with the marks this transaction read already. */
    void write(Connection c, List<UserSnapshot> snapshots, JdbcForgotten.Marks marks) throws SQLException {
        if (snapshots.isEmpty()) {
            return;
        }
        long now = clock.millis();
        // A forgotten person's own state is not written, nor their pseudonym in anyone's (see JdbcForgotten).
        try (PreparedStatement s = c.prepareStatement(UPSERT)) {
            for (UserSnapshot snapshot : snapshots) {
                if (marks.forgotten(snapshot.user())) {
                    continue;
                }
                String doc = json.write(snapshot);
                java.util.Set<String> gone = marks.in(doc);
                if (!gone.isEmpty()) {
                    for (String pseudonym : gone) {
                        snapshot = snapshot.withoutCounterpart(pseudonym);
                    }
                    doc = json.write(snapshot);
                }
                s.setString(1, snapshot.user().value());
                s.setString(2, snapshot.key().community().value());
                s.setInt(3, snapshot.version());
                s.setString(4, doc);
                s.setLong(5, now);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Every snapshot, by user and community id. */
    List<UserSnapshot> all(Connection c) throws SQLException {
        return read(c, "");
    }

    /** Other people's snapshots that mention {@code pseudonym} anywhere. */
    List<UserSnapshot> mentioning(Connection c, String pseudonym) throws SQLException {
        // Pseudonyms are "p-" and hex digits: nothing in them is special to LIKE. The LIKE only narrows the
        // search; whether a snapshot really mentions the person is decided on the parsed snapshot.
        List<UserSnapshot> list = new ArrayList<>();
        for (UserSnapshot s : read(c, "WHERE state LIKE ?", "%" + pseudonym + "%")) {
            if (s.mentions(pseudonym)) {
                list.add(s);
            }
        }
        return list;
    }

    /** The stored documents of {@code user} as written, unparsed, for exports (one per community, in id order). */
    List<String> documents(Connection c, UserId user) throws SQLException {
        List<String> docs = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT version, state FROM engine_state WHERE user_id = ? "
                + "ORDER BY community_id")) {
            s.setString(1, user.value());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    json.checkVersion(r.getInt(1), user.value());
                    docs.add(r.getString(2));
                }
            }
        }
        return docs;
    }

    private List<UserSnapshot> read(Connection c, String where, String... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT user_id, community_id, version, state FROM engine_state "
                + where + " ORDER BY user_id, community_id")) {
            for (int i = 0; i < args.length; i++) {
                s.setString(i + 1, args[i]);
            }
            return rows(s);
        }
    }

    /**
     * Reads (user_id, community_id, version, state) rows. The row's community is the one the state belongs to: a
     * document written before state was kept per community names only the community of the last message, or none.
     */
    private List<UserSnapshot> rows(PreparedStatement s) throws SQLException {
        List<UserSnapshot> list = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                json.checkVersion(r.getInt(3), r.getString(1));
                UserSnapshot snapshot = json.read(r.getString(4), r.getString(1));
                CommunityId community = CommunityId.of(r.getString(2));
                list.add(community.equals(snapshot.community().orElse(null)) ? snapshot : snapshot.inCommunity(community));
            }
        }
        return list;
    }
}
