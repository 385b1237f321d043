package dev.rapport.bot.storage.jdbc;

import dev.rapport.rules.engine.CommunitySnapshot;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.MessageId;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A community's state stored in parts ({@code community_part}), so that saving costs what changed, not what the
 * community holds. Its people, open requests, recent questions, rooms, room norms, the team's open questions,
 * direct conversations and questions to nobody by name waiting in rooms are spread over parts by a hash of their key
 * (pseudonym, message id, channel, channel and asker), about {@link #PER_PART} of them to a part, its recent messages
 * by ten minutes of their time, the requests to the room lately by the day they were asked, and the rest (who sold,
 * the flags, recognised roles, the trade's rooms and the groups rooms send askers to) is the head. Each part is a
 * {@link CommunitySnapshot} document holding only its share, so the format and its version are the whole document's.
 * A save works out every part, compares each one's digest with the digest stored for it (one small read in the
 * save's transaction), and writes only the parts that differ, deleting parts that are gone. A message changes its
 * author's entry, its room and its norms, and at most a question or two: a few parts of a few kilobytes, where the
 * whole document of a community of 2,000 people is about 800 KB.
 *
 * <p>Why parts by hash rather than a row per person: the engine hands out a community as one value, which storage
 * can cut up and compare without the engine tracking what changed, and a row per person would cost a statement per
 * person on the first save of a large community. Why compare digests in the database rather than remember what was
 * written: a row can change behind this process (another process forgetting someone, an operator's restore), and a
 * part thought written but missing would be lost at the next restart.
 *
 * <p>The number of parts grows with the community by powers of two, so it changes rarely (and a change only means
 * that save writes every part). Reading puts the parts back together in the snapshot's own order: people, rooms,
 * sellers and roles by their keys, questions by time (then id: Discord ids grow with time).
 */
final class CommunityParts {
    /** About this many entries to a part: a part of people is then about 4 KB. */
    static final int PER_PART = 16;
    /** At most this many parts of one kind. */
    static final int MAX_PARTS = 1_024;
    static final String HEAD = "head";

    private static final String UPSERT = "INSERT INTO community_part (community_id, part, version, digest, state, "
            + "updated_at) VALUES (?,?,?,?,?,?) ON CONFLICT (community_id, part) DO UPDATE SET version = excluded.version, "
            + "digest = excluded.digest, state = excluded.state, updated_at = excluded.updated_at";

    private final SnapshotJson json;
    /**
     * Per community and part, the fingerprint of the part this process last worked out a document for ({@link
     * PartFingerprint}), and that document's digest: a part with that fingerprint whose stored digest is still that
     * one is not serialised again (the saver's CPU went on serialising every part of a community at every save, only
     * to find most of them unchanged). Why this is safe without knowing whether that write committed: the digest is
     * of the document, so a stored row with that digest holds that document, whoever wrote it; any other stored
     * digest (a rolled-back save, a forget's scrub, another process) makes the part be worked out again. Why a
     * fingerprint and not the part: the parts kept were the whole community's picture a second time (README
     * "Storage": about 26 MB for a community of 100,000 people); a fingerprint is a {@code long}.
     */
    private final Map<String, Map<String, Written>> known = new ConcurrentHashMap<>();

    /**
     * A part's fingerprint as the engine gave it, and the digest of the document stored for it (forgotten people left
     * out).
     */
    private record Written(long fingerprint, long digest) {
    }

    CommunityParts(SnapshotJson json) {
        this.json = json;
    }

    /** {@code snapshot} in parts, by part name; the head always, a part of each kind only where it has entries. */
    static Map<String, CommunitySnapshot> split(CommunitySnapshot s) {
        Map<String, List<CommunitySnapshot.Member>> people = spread("people", s.people(), CommunitySnapshot.Member::who);
        Map<String, List<CommunitySnapshot.Request>> open = spread("open", s.open(), r -> r.message().value());
        Map<String, List<CommunitySnapshot.Recent>> recent = spread("recent", s.recent(), r -> r.message().value());
        Map<String, List<CommunitySnapshot.Room>> rooms = spread("rooms", s.rooms(), r -> r.channel().value());
        Map<String, List<CommunitySnapshot.RoomNorm>> norms = spread("norms", s.norms(), n -> n.channel().value());
        Map<String, List<CommunitySnapshot.TeamQuestion>> team = spread("team", s.teamQuestions(),
                q -> q.message().value());
        Map<String, List<CommunitySnapshot.Conversation>> dms = spread("dms", s.conversations(),
                c -> c.channel().value());
        Map<String, List<CommunitySnapshot.AskedUnnamed>> unnamed = spread("unnamed", s.askedUnnamed(),
                a -> a.channel().value() + " " + a.asker());
        // Messages by when they were written, not by a hash: they come in time order and leave it oldest first, so a
        // save rewrites the latest few minutes' part and drops the oldest, not a part of every hash bucket.
        Map<String, List<CommunitySnapshot.Message>> messages = new HashMap<>();
        long window = Long.MIN_VALUE;
        List<CommunitySnapshot.Message> into = null;
        for (CommunitySnapshot.Message m : s.messages()) {
            long w = Math.floorDiv(m.at().getEpochSecond(), MESSAGE_WINDOW_SECONDS);
            // In time order, so the window's name is made once per window, not once per message.
            if (w != window || into == null) {
                window = w;
                into = messages.computeIfAbsent("messages-" + w, k -> new ArrayList<>());
            }
            into.add(m);
        }
        // Requests by the day they were asked, for the same reason: a new one rewrites the latest day's part.
        Map<String, List<CommunitySnapshot.Asked>> requests = new HashMap<>();
        for (CommunitySnapshot.Asked a : s.asked()) {
            requests.computeIfAbsent("asked-" + Math.floorDiv(a.at().getEpochSecond(), 86_400L),
                    k -> new ArrayList<>()).add(a);
        }
        Map<String, CommunitySnapshot> parts = new TreeMap<>();
        parts.put(HEAD, new CommunitySnapshot(s.version(), s.community(), null, null, null, null, s.sellers(),
                s.tradeOffered(), s.referralsSeen(), s.recognisedRoles())
                .withRequests(null, s.tradesOwn(), s.tradeRooms()).withTradeGroups(s.tradeGroups())
                .withPitchesInDirect(s.pitchesInDirect()).withLastActivity(s.lastActivity()));
        people.forEach((k, v) -> parts.put(k, part(s, v, null, null, null, null)));
        open.forEach((k, v) -> parts.put(k, part(s, null, v, null, null, null)));
        recent.forEach((k, v) -> parts.put(k, part(s, null, null, v, null, null)));
        rooms.forEach((k, v) -> parts.put(k, part(s, null, null, null, v, null)));
        norms.forEach((k, v) -> parts.put(k, part(s, null, null, null, null, v)));
        team.forEach((k, v) -> parts.put(k, part(s, null, null, null, null, null).withKept(v, null, null)));
        messages.forEach((k, v) -> parts.put(k, part(s, null, null, null, null, null).withKept(null, v, null)));
        dms.forEach((k, v) -> parts.put(k, part(s, null, null, null, null, null).withKept(null, null, v)));
        unnamed.forEach((k, v) -> parts.put(k, part(s, null, null, null, null, null).withAskedUnnamed(v)));
        requests.forEach((k, v) -> parts.put(k, part(s, null, null, null, null, null).withRequests(v, false, null)));
        return parts;
    }

    /** The recent messages are kept in parts of this many seconds of their time: ten minutes. */
    static final long MESSAGE_WINDOW_SECONDS = 600;

    private static CommunitySnapshot part(CommunitySnapshot s, List<CommunitySnapshot.Member> people,
                                          List<CommunitySnapshot.Request> open, List<CommunitySnapshot.Recent> recent,
                                          List<CommunitySnapshot.Room> rooms, List<CommunitySnapshot.RoomNorm> norms) {
        return new CommunitySnapshot(s.version(), s.community(), people, open, recent, rooms, null, false, false,
                null).withNorms(norms);
    }

    /** {@code items} spread over parts named {@code kind-N} by a hash of their key, keeping their order. */
    private static <T> Map<String, List<T>> spread(String kind, List<T> items, Function<T, String> key) {
        int parts = partsFor(items.size());
        Map<String, List<T>> out = new HashMap<>();
        // Each part's list by its number: a part's name is made once per save, not once per entry.
        List<?>[] byNumber = new List<?>[parts];
        for (T item : items) {
            // String.hashCode is fixed by the language: a key stays in its part across versions and processes.
            int h = key.apply(item).hashCode() * 0x9E3779B9;
            int n = Math.floorMod(h ^ (h >>> 16), parts);
            if (byNumber[n] == null) {
                byNumber[n] = out.computeIfAbsent(kind + "-" + n, k -> new ArrayList<>());
            }
            @SuppressWarnings("unchecked")
            List<T> into = (List<T>) byNumber[n];
            into.add(item);
        }
        return out;
    }

    /** How many parts {@code n} entries take: a power of two, about {@link #PER_PART} entries each. */
    static int partsFor(int n) {
        int parts = 1;
        while (parts < MAX_PARTS && (long) parts * PER_PART < n) {
            parts *= 2;
        }
        return parts;
    }

    /** The parts of one community put back together (in any order); the newest format among them is the whole's. */
    static CommunitySnapshot merge(List<CommunitySnapshot> parts) {
        CommunitySnapshot first = parts.get(0);
        int version = 0;
        List<CommunitySnapshot.Member> people = new ArrayList<>();
        List<CommunitySnapshot.Request> open = new ArrayList<>();
        List<CommunitySnapshot.Recent> recent = new ArrayList<>();
        List<CommunitySnapshot.Room> rooms = new ArrayList<>();
        List<CommunitySnapshot.RoomNorm> norms = new ArrayList<>();
        List<CommunitySnapshot.TeamQuestion> team = new ArrayList<>();
        List<CommunitySnapshot.Message> messages = new ArrayList<>();
        List<CommunitySnapshot.Conversation> dms = new ArrayList<>();
        List<CommunitySnapshot.AskedUnnamed> unnamed = new ArrayList<>();
        List<CommunitySnapshot.Asked> requests = new ArrayList<>();
        TreeSet<String> tradeRooms = new TreeSet<>();
        List<CommunitySnapshot.TradeGroup> tradeGroups = new ArrayList<>();
        List<CommunitySnapshot.PitchInDirect> pitches = new ArrayList<>();
        boolean tradesOwn = false;
        TreeSet<String> sellers = new TreeSet<>();
        TreeSet<String> roles = new TreeSet<>();
        boolean trade = false;
        boolean referrals = false;
        Instant lastActivity = null;
        for (CommunitySnapshot p : parts) {
            version = Math.max(version, p.version());
            people.addAll(p.people());
            open.addAll(p.open());
            recent.addAll(p.recent());
            rooms.addAll(p.rooms());
            norms.addAll(p.norms());
            team.addAll(p.teamQuestions());
            messages.addAll(p.messages());
            dms.addAll(p.conversations());
            unnamed.addAll(p.askedUnnamed());
            requests.addAll(p.asked());
            p.tradeRooms().forEach(c -> tradeRooms.add(c.value()));
            tradesOwn |= p.tradesOwn();
            tradeGroups.addAll(p.tradeGroups());
            pitches.addAll(p.pitchesInDirect());
            sellers.addAll(p.sellers());
            roles.addAll(p.recognisedRoles());
            trade |= p.tradeOffered();
            referrals |= p.referralsSeen();
            if (p.lastActivity().isPresent() && (lastActivity == null || p.lastActivity().get().isAfter(lastActivity))) {
                lastActivity = p.lastActivity().get();
            }
        }
        people.sort(Comparator.comparing(CommunitySnapshot.Member::who));
        open.sort(Comparator.comparing(CommunitySnapshot.Request::at).thenComparing(CommunitySnapshot.Request::message,
                CommunityParts::byId));
        recent.sort(Comparator.comparing(CommunitySnapshot.Recent::at).thenComparing(CommunitySnapshot.Recent::message,
                CommunityParts::byId));
        rooms.sort(Comparator.comparing(r -> r.channel().value()));
        norms.sort(Comparator.comparing(n -> n.channel().value()));
        team.sort(Comparator.comparing(CommunitySnapshot.TeamQuestion::at).thenComparing(
                CommunitySnapshot.TeamQuestion::message, CommunityParts::byId));
        messages.sort(Comparator.comparing(CommunitySnapshot.Message::at).thenComparing(CommunitySnapshot.Message::id,
                CommunityParts::byId));
        dms.sort(Comparator.comparing(c -> c.channel().value()));
        // As the engine gives them: by channel, then asker.
        unnamed.sort(Comparator.comparing((CommunitySnapshot.AskedUnnamed a) -> a.channel().value())
                .thenComparing(CommunitySnapshot.AskedUnnamed::asker));
        requests.sort(CommunitySnapshot.Asked.ORDER);
        return new CommunitySnapshot(version, first.community(), people, open, recent, rooms, List.copyOf(sellers),
                trade, referrals, List.copyOf(roles), norms, team, messages, dms, unnamed, requests, tradesOwn,
                tradeRooms.stream().map(ChannelId::of).toList(), tradeGroups, pitches,
                Optional.ofNullable(lastActivity));
    }

    /** Message ids in the order they were given: numbers by value (a longer Discord id is a later one), else by text. */
    private static int byId(MessageId a, MessageId b) {
        String x = a.value();
        String y = b.value();
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }

    /**
     * Writes {@code snapshot}'s parts that differ from the stored ones, on {@code c}, in the caller's transaction,
     * leaving out of each part it writes the people {@code forgotten} names (see {@link JdbcForgotten}). Only the
     * parts that differ from what this process last wrote are serialised.
     */
    int write(Connection c, CommunitySnapshot snapshot, long now, JdbcForgotten.Marks forgotten) throws SQLException {
        String community = snapshot.community().value();
        Map<String, Long> stored = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT part, digest FROM community_part WHERE community_id = ?")) {
            s.setString(1, community);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    stored.put(r.getString(1), r.getLong(2));
                }
            }
        }
        boolean firstInParts = stored.isEmpty();
        Map<String, String> changed = new LinkedHashMap<>();
        Map<String, Long> digests = new HashMap<>();
        Map<String, Written> mine = known.computeIfAbsent(community, k -> new ConcurrentHashMap<>());
        Map<String, CommunitySnapshot> split = split(snapshot);
        mine.keySet().retainAll(split.keySet());
        split.forEach((name, part) -> {
            Long was = stored.remove(name);
            Written last = mine.get(name);
            long fingerprint = PartFingerprint.of(part);
            if (last != null && was != null && was == last.digest() && last.fingerprint() == fingerprint) {
                return;
            }
            String doc = documentOf(part, forgotten);
            long digest = digest(doc);
            mine.put(name, new Written(fingerprint, digest));
            if (!Long.valueOf(digest).equals(was)) {
                changed.put(name, doc);
                digests.put(name, digest);
            }
        });
        if (!changed.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement(UPSERT)) {
                for (Map.Entry<String, String> e : changed.entrySet()) {
                    s.setString(1, community);
                    s.setString(2, e.getKey());
                    s.setInt(3, snapshot.version());
                    s.setLong(4, digests.get(e.getKey()));
                    s.setString(5, e.getValue());
                    s.setLong(6, now);
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
        // What is left of the stored parts is gone from the community (a bucket emptied, or the parts re-spread).
        if (!stored.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM community_part WHERE community_id = ? AND part = ?")) {
                for (String gone : stored.keySet()) {
                    s.setString(1, community);
                    s.setString(2, gone);
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
        if (firstInParts) {
            // A community saved whole before schema 15 is in parts from now on (a no-op for any other).
            try (PreparedStatement s = c.prepareStatement("DELETE FROM community_state WHERE community_id = ?")) {
                s.setString(1, community);
                s.executeUpdate();
            }
        }
        return changed.size();
    }

    /** The document of {@code part}, without the people {@code forgotten} names anywhere in it. */
    private String documentOf(CommunitySnapshot part, JdbcForgotten.Marks forgotten) {
        String doc = json.write(part);
        java.util.Set<String> gone = forgotten.in(doc);
        if (gone.isEmpty()) {
            return doc;
        }
        CommunitySnapshot kept = part;
        for (String pseudonym : gone) {
            kept = kept.withoutPerson(pseudonym);
        }
        return json.write(kept);
    }

    /** Every community's state, by community id: those in parts, and those still whole from before schema 15. */
    List<CommunitySnapshot> read(Connection c) throws SQLException {
        Map<String, List<CommunitySnapshot>> byCommunity = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT community_id, version, state FROM community_part "
                + "ORDER BY community_id, part");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                json.checkCommunityVersion(r.getInt(2), r.getString(1));
                byCommunity.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                        .add(json.readCommunity(r.getString(3), r.getString(1)));
            }
        }
        Map<String, CommunitySnapshot> all = new TreeMap<>();
        byCommunity.forEach((k, v) -> all.put(k, merge(v)));
        try (PreparedStatement s = c.prepareStatement("SELECT community_id, version, state FROM community_state");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                if (!all.containsKey(r.getString(1))) {
                    json.checkCommunityVersion(r.getInt(2), r.getString(1));
                    all.put(r.getString(1), json.readCommunity(r.getString(3), r.getString(1)));
                }
            }
        }
        return new ArrayList<>(all.values());
    }

    /** The first eight bytes of the document's SHA-256: a changed part is never taken for the stored one. */
    static long digest(String doc) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(doc.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = v << 8 | d[i] & 0xFF;
            }
            return v;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
