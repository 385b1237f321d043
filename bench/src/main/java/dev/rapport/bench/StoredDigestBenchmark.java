package dev.rapport.bench;

import dev.rapport.bot.digest.Digest;
import dev.rapport.bot.storage.config.StorageConfig;
import dev.rapport.bot.storage.jdbc.JdbcStorage;
import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.score.ScoreCard;
import dev.rapport.rules.stats.IsoWeek;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Issue 12, row 5: computing every weekly digest from storage for {@code people} people, on SQLite and on a real
 * (embedded) PostgreSQL, against a plain {@code SELECT} of the same rows in the same run. The database holds
 * {@code weeks} weeks of numbers per person ending with the digest week (the score card reads up to eight); each
 * person's digest is their score card (four pillars, the change since last week, the four-week trend) made by
 * {@link Digest#of} from their stored weeks, read with {@code WeeklyStatsStore.forEachPerson} (one paged query).
 * Drawing the chart and writing the text are {@link DigestBenchmark}'s. Setting up writes the rows with JDBC
 * batches and is not timed.
 *
 * <p>One row: {@code java -jar bench/target/benchmarks.jar StoredDigestBenchmark -p database=postgresql}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class StoredDigestBenchmark {
    static final IsoWeek WEEK = IsoWeek.parse("2026-W10");
    private static final String COLUMNS = "messages, replies, questions_answered, questions_asked, mentions_received, "
            + "mentions_answered, median_response_seconds, link_messages, links, link_share, self_promotion, "
            + "broadcast_share, first_person, second_person, self_focus_ratio, audience_mix, reciprocity, overdue, "
            + "top_counterparts, reactions_given, link_flags, help_given, acknowledgements";

    @Param({"sqlite", "postgresql"})
    String database;

    @Param("100000")
    int people;

    @Param("1")
    int weeks;

    private BenchDatabase db;
    private JdbcStorage storage;
    private IsoWeek first;

    @Setup(Level.Trial)
    public void fill() throws IOException, SQLException {
        db = BenchDatabase.start(database, "rapport-digest-bench");
        StorageConfig config = db.config();
        storage = JdbcStorage.open(config, new Pseudonyms("benchmark secret, not a real one".getBytes(StandardCharsets.UTF_8)),
                Clock.systemUTC());
        first = WEEK;
        for (int i = 1; i < weeks; i++) {
            first = first.previous();
        }
        write();
    }

    /** The rows, as the bot saves them (same columns and JSON), written in batches. */
    private void write() throws SQLException {
        SplittableRandom random = new SplittableRandom(13);
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO weekly_stats (user_id, community_id, week, " + COLUMNS
                    + ", updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                int pending = 0;
                for (int p = 0; p < people; p++) {
                    IsoWeek w = first;
                    for (int k = 0; k < weeks; k++, w = w.next()) {
                        row(s, SyntheticChat.userId(p), w, random);
                        s.addBatch();
                        if (++pending == 5_000) {
                            s.executeBatch();
                            c.commit();
                            pending = 0;
                        }
                    }
                }
                s.executeBatch();
                c.commit();
            }
            try (Statement s = c.createStatement()) {
                s.execute(database.equals("postgresql") ? "ANALYZE weekly_stats" : "ANALYZE");
            }
            c.commit();
        }
    }

    private static void row(PreparedStatement s, String user, IsoWeek week, SplittableRandom r) throws SQLException {
        int messages = 1 + r.nextInt(60);
        int replies = r.nextInt(messages + 1);
        int links = r.nextInt(messages / 3 + 1);
        int answered = r.nextInt(4);
        int i = 1;
        s.setString(i++, user);
        s.setString(i++, SyntheticChat.COMMUNITY);
        s.setString(i++, week.toString());
        s.setInt(i++, messages);
        s.setInt(i++, replies);
        s.setInt(i++, r.nextInt(6));
        s.setInt(i++, r.nextInt(6));
        s.setInt(i++, answered + r.nextInt(3));
        s.setInt(i++, answered);
        s.setLong(i++, answered == 0 ? -1 : 60L * r.nextInt(2_000));
        s.setInt(i++, links);
        s.setInt(i++, links);
        s.setDouble(i++, (double) links / messages);
        s.setInt(i++, r.nextInt(3));
        s.setDouble(i++, (double) (messages - replies) / messages);
        s.setInt(i++, r.nextInt(100));
        s.setInt(i++, r.nextInt(100));
        s.setDouble(i++, 1.0);
        s.setString(i++, "{\"" + Audience.PEER.configName() + "\":" + r.nextInt(20) + ",\""
                + Audience.SEEKER.configName() + "\":" + r.nextInt(8) + ",\"" + Audience.CUSTOMER.configName() + "\":"
                + r.nextInt(4) + "}");
        s.setDouble(i++, 0.5);
        s.setInt(i++, r.nextInt(2));
        StringBuilder top = new StringBuilder("[");
        for (int k = 0; k < 3; k++) {
            top.append(k == 0 ? "" : ",").append("{\"pseudonym\":\"p-").append(String.format("%010x", r.nextLong(1L << 40)))
                    .append("\",\"audience\":\"peer\",\"given\":").append(r.nextInt(5)).append(",\"received\":")
                    .append(r.nextInt(5)).append('}');
        }
        s.setString(i++, top.append(']').toString());
        s.setInt(i++, r.nextInt(10));
        s.setInt(i++, r.nextInt(3));
        s.setInt(i++, r.nextInt(10));
        s.setInt(i++, r.nextInt(5));
        s.setLong(i, 0L);
    }

    private Connection connect() throws SQLException {
        return db.connect();
    }

    /** The reference: the same rows with a plain SELECT, every column read, nothing made of them. */
    @Benchmark
    public long plainSelect(Blackhole bh) throws SQLException {
        long rows = 0;
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("SELECT user_id, community_id, week, " + COLUMNS
                    + " FROM weekly_stats WHERE week >= ? AND week <= ?")) {
                s.setFetchSize(2_000);
                s.setString(1, first.toString());
                s.setString(2, WEEK.toString());
                try (ResultSet r = s.executeQuery()) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        for (int i = 1; i <= columns; i++) {
                            bh.consume(r.getObject(i));
                        }
                        rows++;
                    }
                }
            }
            c.commit();
        }
        if (rows != (long) people * weeks) {
            throw new IllegalStateException(rows + " rows, expected " + people * weeks);
        }
        return rows;
    }

    /** Every person's digest of {@link #WEEK}, computed from storage. */
    @Benchmark
    public long everyDigest(Blackhole bh) {
        long[] digests = new long[1];
        // The weeks a score card reads, as the live digest asks for them.
        IsoWeek from = WEEK;
        for (int i = 1; i < ScoreCard.WEEKS; i++) {
            from = from.previous();
        }
        storage.weeklyStats().forEachPerson(from, WEEK, (person, community, stored) -> {
            bh.consume(Digest.of(person, person.value(), WEEK, stored, Optional.empty()));
            digests[0]++;
        });
        if (digests[0] != people) {
            throw new IllegalStateException(digests[0] + " digests, expected " + people);
        }
        return digests[0];
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        storage.close();
        db.close();
    }

}
