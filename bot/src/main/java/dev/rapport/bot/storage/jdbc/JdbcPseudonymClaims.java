package dev.rapport.bot.storage.jdbc;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.rapport.bot.storage.StorageException;
import dev.rapport.rules.engine.PseudonymClaims;
import dev.rapport.rules.stats.PseudonymCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@link PseudonymClaims} in the database (table {@code pseudonym_claim}, schema 16), shared by every process on it:
 * the number's uniqueness is the database's constraint, so two processes meeting two people whose digests begin alike
 * give the number to whichever claimed first, and the other the next free one, whichever of them asks. Claims are
 * cached (the engine keeps its own table of the people it met, so this one serves the rest: storage's look-ups, and
 * the engine again after its table started afresh).
 */
final class JdbcPseudonymClaims implements PseudonymClaims {
    private static final Logger log = LoggerFactory.getLogger(JdbcPseudonymClaims.class);
    private static final int CACHED = 20_000;
    private static final HexFormat HEX = HexFormat.of();
    private final Database db;
    private final Cache<ByteBuffer, Long> cache = Caffeine.newBuilder().maximumSize(CACHED).build();
    private final AtomicBoolean failedBefore = new AtomicBoolean();

    JdbcPseudonymClaims(Database db) {
        this.db = db;
    }

    /**
     * The digest's number, claimed in a transaction of its own if it has none. When the database cannot be reached the
     * number the digest names is used, uncached, as before claims (only a clash could make it wrong), and said once:
     * the engine that asks goes on coaching.
     */
    @Override
    public long claim(byte[] digest) {
        ByteBuffer key = ByteBuffer.wrap(digest.clone());
        Long cached = cache.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        try {
            long code = db.transaction("Claiming a pseudonym", c -> claim(c, digest));
            cache.put(key, code);
            return code;
        } catch (StorageException e) {
            if (failedBefore.compareAndSet(false, true)) {
                log.warn("A pseudonym could not be claimed; the one its digest names is used until storage answers",
                        e);
            }
            return PseudonymCode.of(digest);
        }
    }

    /** The digest's number, claimed on {@code c} (in its transaction) if it has none. */
    long claim(Connection c, byte[] digest) throws SQLException {
        String hex = HEX.formatHex(digest);
        long found = find(c, hex);
        if (found >= 0) {
            return found;
        }
        for (long code = PseudonymCode.of(digest); ; code = PseudonymCode.next(code)) {
            // Either constraint may hold it back: the number is another digest's, or another process claimed this
            // digest meanwhile (then its number is the one to use).
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO pseudonym_claim (digest, code) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                s.setString(1, hex);
                s.setLong(2, code);
                if (s.executeUpdate() == 1) {
                    return code;
                }
            }
            found = find(c, hex);
            if (found >= 0) {
                return found;
            }
        }
    }

    /** The digest's number if it was claimed, in a transaction of its own; -1 if it never was. */
    long claimed(byte[] digest) {
        Long cached = cache.getIfPresent(ByteBuffer.wrap(digest));
        if (cached != null) {
            return cached;
        }
        return remembered(digest, db.transaction("Looking up a pseudonym", c -> find(c, HEX.formatHex(digest))));
    }

    /**
     * The digest's number if it was claimed, read on {@code c} (in the caller's transaction: no other connection is
     * taken, which with SQLite's single one would wait for itself); -1 if it never was.
     */
    long claimed(Connection c, byte[] digest) throws SQLException {
        Long cached = cache.getIfPresent(ByteBuffer.wrap(digest));
        if (cached != null) {
            return cached;
        }
        return remembered(digest, find(c, HEX.formatHex(digest)));
    }

    /**
     * A claim found is cached as one made here would be: after a forget let go of every cached claim, the writes' look
     * at the marks (each person saved, for the day marks are kept) would otherwise read it from the database each time.
     */
    private long remembered(byte[] digest, long code) {
        if (code >= 0) {
            cache.put(ByteBuffer.wrap(digest.clone()), code);
        }
        return code;
    }

    /**
     * A forgotten person's claim keeps its number but loses the digest, so the number stays nobody else's (another
     * process may still hold it for them until it lets go) and nothing tells whose it was.
     */
    void release(Connection c, byte[] digest) throws SQLException {
        cache.invalidate(ByteBuffer.wrap(digest));
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE pseudonym_claim SET digest = 'forgotten ' || CAST(code AS VARCHAR(20)) WHERE digest = ?")) {
            s.setString(1, HEX.formatHex(digest));
            s.executeUpdate();
        }
    }

    /** Lets go of every cached claim (someone was forgotten, and nobody knows whose claim was released). */
    void forgetCached() {
        cache.invalidateAll();
    }

    private static long find(Connection c, String hex) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT code FROM pseudonym_claim WHERE digest = ?")) {
            s.setString(1, hex);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : -1;
            }
        }
    }
}
