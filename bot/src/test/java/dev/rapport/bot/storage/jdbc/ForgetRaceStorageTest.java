package dev.rapport.bot.storage.jdbc;

import dev.rapport.bot.storage.config.StorageConfig;
import dev.rapport.bot.storage.ledger.DeliveryChannel;
import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.bot.storage.state.PruneReport;
import dev.rapport.bot.storage.support.EngineScript;
import dev.rapport.bot.storage.support.Fixtures;
import dev.rapport.bot.storage.support.PostgresExtension;
import dev.rapport.bot.storage.support.SharedPostgres;
import dev.rapport.bot.storage.support.Traces;
import dev.rapport.rules.engine.CommunitySnapshot;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.stats.IsoWeek;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A forget in one process and a write of people's state in another, on one database (two storages with their own
 * pools, as two processes have), each held at the points where they meet ({@link Seam}) while the other runs, so
 * every dangerous interleaving happens every time: the writer has read the marks and not yet written when the forget
 * comes, or the forget has left its mark and not yet committed when the writer comes. Whichever way, nothing of the
 * forgotten person is in any row afterwards, and what the writer was told it stored about others is there. On real
 * SQLite (WAL, two connections to one file) and a real PostgreSQL.
 */
@ExtendWith(PostgresExtension.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ForgetRaceStorageTest {
    /** A deadline for what normally takes milliseconds: generous for a loaded machine, never waited out when it works. */
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final UserId ALICE = UserId.of("alice-1001");
    private static final UserId BOB = UserId.of("bob-2002");
    private static final UserId CAROL = UserId.of("carol-3003");
    private static final Instant START = Instant.parse("2026-02-02T10:00:00Z");
    private static final IsoWeek WEEK = IsoWeek.of(START, ZoneOffset.UTC);

    /** One write of the other process, taken before it let go of Alice (from memory, or a finding made earlier). */
    enum Write {
        /** Everyone's state and the guild's picture, in which Alice is a counterpart and a member. */
        STATE,
        WEEK_OF_THE_FORGOTTEN,
        /** Carol's week, with Alice among her top counterparts. */
        WEEK_NAMING_THEM,
        TIP_OF_THE_FORGOTTEN,
        /** A tip for Carol whose evidence names Alice. */
        TIP_NAMING_THEM,
        DIGEST_CLAIM
    }

    /** Which side is held at the point where they meet while the other comes. */
    enum First {
        WRITER, FORGET
    }

    @TempDir
    Path dir;
    private final Pseudonyms pseudonyms = new Pseudonyms(Fixtures.SECRET);
    private final EngineScript script = new EngineScript(pseudonyms, ALICE, BOB, CAROL, ZoneId.of("UTC"))
            .busyHour("m", START);
    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final List<AutoCloseable> open = new ArrayList<>();

    static Stream<Arguments> races() {
        List<Arguments> all = new ArrayList<>();
        for (String database : List.of("sqlite", "postgresql")) {
            for (Write write : Write.values()) {
                for (First first : First.values()) {
                    all.add(Arguments.of(database, write, first));
                }
            }
        }
        return all.stream();
    }

    @AfterEach
    void close() throws Exception {
        threads.shutdownNow();
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    @ParameterizedTest(name = "{0}: {1}, {2} first")
    @MethodSource("races")
    void nothingOfTheForgottenSurvivesAndNothingAcknowledgedOfOthersIsLost(String database, Write write, First first,
                                                                         SharedPostgres pg) throws Exception {
        StorageConfig config = database.equals("sqlite") ? StorageConfig.sqlite(dir)
                : pg.newMigratedDatabaseConfig(dir).withPoolSize(2);
        Holding forgetting = new Holding();
        Holding writing = new Holding();
        JdbcStorage a = open(config, forgetting);
        JdbcStorage b = open(config, writing);
        Connection raw = raw(config);
        String alice = pseudonyms.of(ALICE);
        // What the forget finds: Alice's own rows, as a process saved them earlier.
        a.engineState().save(script.snapshot(ALICE));
        a.weeklyStats().save(ALICE, Fixtures.GUILD, WEEK, Fixtures.stats(3));

        Future<Object> writer;
        Future<?> forget;
        if (first == First.WRITER) {
            writing.hold(Seam.Point.WRITER_CHECKED);
            writer = threads.submit(() -> write(b, write));
            writing.awaitReached(Seam.Point.WRITER_CHECKED);
            forget = threads.submit(() -> a.personalData().forget(ALICE));
            forgetting.awaitReached(Seam.Point.FORGET_LOCKING);
            awaitHeldOff(raw, database);
            writing.release();
        } else {
            forgetting.hold(Seam.Point.FORGET_MARKED);
            forget = threads.submit(() -> a.personalData().forget(ALICE));
            forgetting.awaitReached(Seam.Point.FORGET_MARKED);
            writer = threads.submit(() -> write(b, write));
            writing.awaitReached(Seam.Point.WRITER_LOCKING);
            awaitHeldOff(raw, database);
            forgetting.release();
        }
        Object written = writer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        forget.get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(Traces.of(raw, ALICE.value(), alice)).as("what is left of Alice").isEmpty();
        switch (write) {
            case STATE -> {
                assertThat(b.engineState().load(BOB, Fixtures.GUILD)).as("Bob's state, acknowledged").isPresent();
                assertThat(b.engineState().load(CAROL, Fixtures.GUILD)).as("Carol's state, acknowledged").isPresent();
                assertThat(b.engineState().communities()).as("the guild's picture, with Carol in it")
                        .anyMatch(c -> c.mentions(pseudonyms.of(CAROL)));
            }
            case WEEK_NAMING_THEM -> assertThat(b.weeklyStats().find(CAROL, Fixtures.GUILD, WEEK)).as("Carol's week")
                    .hasValueSatisfying(w -> assertThat(w.messages()).isEqualTo(9));
            case TIP_NAMING_THEM -> assertThat(b.tips().ofUser(CAROL)).as("Carol's tip").hasSize(1);
            case DIGEST_CLAIM -> assertThat(written).as("claimed only if before the forget")
                    .isEqualTo(first == First.WRITER);
            default -> assertThat(written).isNotNull();
        }
    }

    static Stream<Arguments> retentionRaces() {
        List<Arguments> all = new ArrayList<>();
        for (String database : List.of("sqlite", "postgresql")) {
            for (First first : First.values()) {
                all.add(Arguments.of(database, first));
            }
        }
        return all.stream();
    }

    /**
     * Retention in one process (a page of snapshots read, pruned and written back in one transaction) and a forget in
     * the other. FORGET first: retention is held just before its forget check while the forget runs to its end, as a
     * forget does when it lands between a page's read and the check. Retention must still finish its run, pruning
     * everyone else and writing nothing of the forgotten person; on SQLite a page read before that check makes the
     * write fail as a busy snapshot, leaving the run to the next day.
     */
    @ParameterizedTest(name = "{0}: {1} first")
    @MethodSource("retentionRaces")
    void retentionMeetingAForgetFinishesItsRunAndWritesNothingOfTheForgotten(String database, First first,
                                                                          SharedPostgres pg) throws Exception {
        StorageConfig config = database.equals("sqlite") ? StorageConfig.sqlite(dir)
                : pg.newMigratedDatabaseConfig(dir).withPoolSize(2);
        Holding forgetting = new Holding();
        Holding pruning = new Holding();
        JdbcStorage a = open(config, forgetting);
        JdbcStorage b = open(config, pruning);
        Connection raw = raw(config);
        String alice = pseudonyms.of(ALICE);
        a.engineState().saveAll(script.snapshots());
        assertThat(script.snapshot(CAROL).mentions(alice)).as("Carol's state names Alice").isTrue();
        Instant later = START.plus(Duration.ofDays(7L * 8));

        Future<PruneReport> retention;
        Future<?> forget;
        if (first == First.FORGET) {
            pruning.hold(Seam.Point.WRITER_LOCKING);
            retention = threads.submit(() -> b.retention().pruneOlderThan(1, later));
            pruning.awaitReached(Seam.Point.WRITER_LOCKING);
            forget = threads.submit(() -> a.personalData().forget(ALICE));
            forget.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            pruning.release();
        } else {
            pruning.hold(Seam.Point.WRITER_CHECKED);
            retention = threads.submit(() -> b.retention().pruneOlderThan(1, later));
            pruning.awaitReached(Seam.Point.WRITER_CHECKED);
            forget = threads.submit(() -> a.personalData().forget(ALICE));
            forgetting.awaitReached(Seam.Point.FORGET_LOCKING);
            awaitHeldOff(raw, database);
            pruning.release();
        }
        PruneReport report = retention.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        forget.get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(Traces.of(raw, ALICE.value(), alice)).as("what is left of Alice").isEmpty();
        // Alice's own state is pruned too when retention came first; her row then goes with the forget.
        assertThat(report.engineStates()).as("old weeks pruned in this run").isEqualTo(first == First.FORGET ? 2 : 3);
        IsoWeek kept = IsoWeek.of(later.minus(Duration.ofDays(7)), ZoneOffset.UTC);
        for (UserId other : List.of(BOB, CAROL)) {
            assertThat(b.engineState().load(other, Fixtures.GUILD)).as("%s's state, pruned", other)
                    .hasValueSatisfying(s -> assertThat(s).isEqualTo(s.keepingWeeksFrom(kept)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "postgresql"})
    void preferencesReadBeforeAForgetOrAStopDoNotBringTheConsentBack(String database, SharedPostgres pg)
            throws Exception {
        StorageConfig config = database.equals("sqlite") ? StorageConfig.sqlite(dir)
                : pg.newMigratedDatabaseConfig(dir).withPoolSize(2);
        JdbcStorage a = open(config, Seam.NONE);
        JdbcStorage b = open(config, Seam.NONE);
        for (UserId user : List.of(ALICE, BOB, CAROL)) {
            a.optIns().save(OptIn.consent("discord", user, Fixtures.GUILD, START, ZoneOffset.UTC));
        }
        // Process B reads three people's opt-ins to change their preferences (a mute button, /coach settings) ...
        OptIn alices = b.optIns().find("discord", ALICE, Fixtures.GUILD).orElseThrow();
        OptIn carols = b.optIns().find("discord", CAROL, Fixtures.GUILD).orElseThrow();
        OptIn bobs = b.optIns().find("discord", BOB, Fixtures.GUILD).orElseThrow();
        // ... while process A forgets Alice and Carol says stop.
        a.personalData().forget(ALICE);
        a.optIns().remove("discord", CAROL, Fixtures.GUILD);

        assertThat(b.optIns().update(alices.muting(RuleId.LINKS_BURST))).isFalse();
        assertThat(b.optIns().update(carols.muting(RuleId.LINKS_BURST))).isFalse();
        assertThat(b.optIns().update(bobs.muting(RuleId.LINKS_BURST))).as("Bob is still in").isTrue();

        assertThat(Traces.of(raw(config), ALICE.value(), pseudonyms.of(ALICE))).isEmpty();
        assertThat(b.optIns().ofUser(CAROL)).as("Carol's stop holds").isEmpty();
        assertThat(b.optIns().find("discord", BOB, Fixtures.GUILD).orElseThrow().mutedRules())
                .containsExactly(RuleId.LINKS_BURST);
    }

    /** The other process's write, as it would make it; returns what the store answered. */
    private Object write(JdbcStorage b, Write write) {
        String alice = pseudonyms.of(ALICE);
        switch (write) {
            case STATE -> {
                CommunitySnapshot guild = script.engine().communitySnapshot(Fixtures.GUILD).orElseThrow();
                assertThat(guild.mentions(alice)).as("the picture names Alice").isTrue();
                assertThat(script.snapshot(CAROL).mentions(alice)).as("Carol's state names Alice").isTrue();
                b.engineState().saveAll(script.snapshots(), List.of(guild));
                return "saved";
            }
            case WEEK_OF_THE_FORGOTTEN -> {
                b.weeklyStats().save(ALICE, Fixtures.GUILD, WEEK, Fixtures.stats(5));
                return "saved";
            }
            case WEEK_NAMING_THEM -> {
                b.weeklyStats().save(CAROL, Fixtures.GUILD, WEEK, Fixtures.stats(9, alice));
                return "saved";
            }
            case TIP_OF_THE_FORGOTTEN -> {
                return b.tips().recordSent(Fixtures.finding(ALICE, WEEK, START), START, DeliveryChannel.DM);
            }
            case TIP_NAMING_THEM -> {
                return b.tips().recordSent(Fixtures.finding(CAROL, WEEK, START, alice), START, DeliveryChannel.DM);
            }
            case DIGEST_CLAIM -> {
                return b.digests().claim(ALICE, WEEK, "process-b");
            }
            default -> throw new IllegalArgumentException(write.name());
        }
    }

    /**
     * Proof that the side not held waits for the held one. PostgreSQL shows the waiting lock; SQLite shows no waiter,
     * but that the held side has the database's write lock (a write of anyone else's is refused at once), so the
     * other side, which has reached its attempt, cannot get past it.
     */
    private static void awaitHeldOff(Connection raw, String database) throws SQLException {
        if (database.equals("sqlite")) {
            try (Statement s = raw.createStatement()) {
                s.execute("PRAGMA busy_timeout = 0");
                boolean began;
                try {
                    s.execute("BEGIN IMMEDIATE");
                    began = true;
                } catch (SQLException busy) {
                    began = false;
                }
                if (began) {
                    s.execute("ROLLBACK");
                }
                assertThat(began).as("the held side has the write lock").isFalse();
            }
            return;
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            try (Statement s = raw.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM pg_locks "
                    + "WHERE relation = 'forgotten'::regclass AND NOT granted")) {
                r.next();
                if (r.getInt(1) > 0) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the other side never waited for the forget lock");
            }
            // The server's lock table is the event; nothing wakes a client when a lock starts waiting.
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
    }

    private JdbcStorage open(StorageConfig config, Seam seam) {
        JdbcStorage storage = JdbcStorage.open(config, pseudonyms, Clock.systemUTC(), seam);
        open.add(storage);
        return storage;
    }

    private Connection raw(StorageConfig config) throws SQLException {
        Connection c = config.user().isPresent()
                ? DriverManager.getConnection(config.url(), SharedPostgres.APP_USER, SharedPostgres.APP_PASSWORD)
                : DriverManager.getConnection(config.url());
        open.add(c);
        return c;
    }

    /** Tells which points one process's transactions reached, and holds the first to reach the chosen one. */
    private static final class Holding implements Seam {
        private final Map<Point, CountDownLatch> reached = new EnumMap<>(Point.class);
        private final CountDownLatch released = new CountDownLatch(1);
        private volatile Point held;

        Holding() {
            for (Point p : Point.values()) {
                reached.put(p, new CountDownLatch(1));
            }
        }

        void hold(Point point) {
            held = point;
        }

        void release() {
            released.countDown();
        }

        void awaitReached(Point point) throws InterruptedException {
            assertThat(reached.get(point).await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("reached " + point).isTrue();
        }

        @Override
        public void at(Point point) {
            reached.get(point).countDown();
            if (point != held) {
                return;
            }
            held = null;
            try {
                if (!released.await(WAIT.toSeconds(), TimeUnit.SECONDS)) {
                    throw new AssertionError("never released at " + point);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted at " + point, e);
            }
        }
    }
}
