package dev.rapport.bot.storage;

import dev.rapport.bot.storage.changes.Change;
import dev.rapport.bot.storage.changes.ChangeKind;
import dev.rapport.bot.storage.config.StorageConfig;
import dev.rapport.bot.storage.jdbc.JdbcStorage;
import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.bot.storage.support.Fixtures;
import dev.rapport.bot.storage.support.PostgresExtension;
import dev.rapport.bot.storage.support.QuietLogs;
import dev.rapport.bot.storage.support.SharedPostgres;
import dev.rapport.bot.storage.support.TickingClock;
import dev.rapport.rules.config.CommunitySettings;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two processes on one database: every change one writes (opt-in, stop, forget, community settings) reaches the
 * other through the change feed, in order; PostgreSQL wakes it with a notification, SQLite by a cheap poll.
 */
@ExtendWith(PostgresExtension.class)
class ChangeFeedStorageTest {
    private static final UserId ANA = UserId.of("7");
    private static final CommunityId GUILD_A = CommunityId.of("1");
    private static final CommunityId GUILD_B = CommunityId.of("2");
    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    @Test
    void changesWrittenByOneProcessReachTheOtherOnPostgres(SharedPostgres pg) throws Exception {
        QuietLogs.apply();
        StorageConfig config = pg.newMigratedDatabaseConfig(dir).withPoolSize(2);
        changesReachTheOtherProcess(config);
    }

    @Test
    void changesWrittenByOneProcessReachTheOtherOnSqlite() throws Exception {
        changesReachTheOtherProcess(StorageConfig.sqlite(dir));
    }

    private void changesReachTheOtherProcess(StorageConfig config) throws Exception {
        Pseudonyms pseudonyms = new Pseudonyms(Fixtures.SECRET);
        try (Storage a = JdbcStorage.open(config, pseudonyms, Clock.systemUTC());
             Storage b = JdbcStorage.open(config, pseudonyms, Clock.systemUTC())) {
            long start = b.changes().latest();

            a.optIns().save(OptIn.consent("discord", ANA, GUILD_A, Instant.now(), ZoneOffset.UTC));
            assertThat(b.changes().await(start, WAIT)).as("woken within %s", WAIT).isTrue();
            List<Change> seen = b.changes().after(start, 100);
            assertThat(seen).extracting(Change::kind, Change::user, Change::community)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeKind.CONSENT, Optional.of(ANA),
                            Optional.of(GUILD_A)));

            long next = seen.get(0).seq();
            a.optIns().save(OptIn.consent("discord", ANA, GUILD_B, Instant.now(), ZoneOffset.UTC));
            a.optIns().remove("discord", ANA, GUILD_A);
            a.communitySettings().save(GUILD_B, CommunitySettings.NONE);
            assertThat(b.changes().await(next, WAIT)).isTrue();
            assertThat(b.changes().after(next, 100)).extracting(Change::kind)
                    .containsExactly(ChangeKind.CONSENT, ChangeKind.WITHDRAWN, ChangeKind.COMMUNITY_SETTINGS);
            assertThat(b.changes().after(next, 1)).hasSize(1);

            long beforeForget = b.changes().latest();
            a.personalData().forget(ANA);
            assertThat(b.changes().await(beforeForget, WAIT)).isTrue();
            List<Change> all = b.changes().after(0, 100);
            assertThat(all).as("the feed keeps nothing about a forgotten person").noneMatch(c -> c.user().isPresent());
            Change last = all.get(all.size() - 1);
            assertThat(last.kind()).isEqualTo(ChangeKind.FORGOTTEN);
            assertThat(last.community()).isEmpty();
        }
    }

    @Test
    void aFeedWhoseEntriesWereAllPrunedStillGivesItsHighestNumberOnPostgres(SharedPostgres pg) throws Exception {
        QuietLogs.apply();
        StorageConfig config = pg.newMigratedDatabaseConfig(dir);
        try (Connection raw = DriverManager.getConnection(config.url(), SharedPostgres.APP_USER,
                SharedPostgres.APP_PASSWORD)) {
            aFullyPrunedFeedKeepsItsNumbering(config, raw);
        }
    }

    @Test
    void aFeedWhoseEntriesWereAllPrunedStillGivesItsHighestNumberOnSqlite() throws Exception {
        StorageConfig config = StorageConfig.sqlite(dir);
        // the storage makes and migrates the database file before a raw connection opens it
        JdbcStorage.open(config, new Pseudonyms(Fixtures.SECRET), Clock.systemUTC()).close();
        try (Connection raw = DriverManager.getConnection(config.url())) {
            aFullyPrunedFeedKeepsItsNumbering(config, raw);
        }
    }

    @Test
    void aQuietFeedsLastEntryExpiresAfterTheHourAndTheNumberingCarriesOnOnPostgres(SharedPostgres pg) {
        QuietLogs.apply();
        aQuietFeedForgetsItsLastEntryOnTime(pg.newMigratedDatabaseConfig(dir));
    }

    @Test
    void aQuietFeedsLastEntryExpiresAfterTheHourAndTheNumberingCarriesOnOnSqlite() {
        aQuietFeedForgetsItsLastEntryOnTime(StorageConfig.sqlite(dir));
    }

    /**
     * The last change before a quiet spell names a person: it expires after the feed's hour like every other entry,
     * with no newer change to push it out, while the processes keep reporting how far they got; the feed's highest
     * number stays where a process starting now begins, and the next change follows it.
     */
    private void aQuietFeedForgetsItsLastEntryOnTime(StorageConfig config) {
        TickingClock clock = new TickingClock(Instant.parse("2026-03-02T10:00:00Z"));
        try (Storage a = JdbcStorage.open(config, new Pseudonyms(Fixtures.SECRET), clock)) {
            a.optIns().save(OptIn.consent("discord", UserId.of("31"), GUILD_A, clock.instant(), ZoneOffset.UTC));
            a.optIns().save(OptIn.consent("discord", ANA, GUILD_A, clock.instant(), ZoneOffset.UTC));
            long last = a.changes().latest();

            clock.advance(Duration.ofMinutes(59));
            a.changes().applied("quiet-process", last, clock.instant());
            assertThat(a.changes().after(0, 100)).as("within the hour").extracting(Change::seq).contains(last);

            clock.advance(Duration.ofMinutes(2));
            a.changes().applied("quiet-process", last, clock.instant());
            assertThat(a.changes().after(0, 100)).as("past the hour, no change since").isEmpty();
            assertThat(a.changes().latest()).as("where a process starting now begins").isEqualTo(last);

            a.optIns().save(OptIn.consent("discord", ANA, GUILD_B, clock.instant(), ZoneOffset.UTC));
            assertThat(a.changes().after(last, 100)).extracting(Change::seq).containsExactly(last + 1);
        }
    }

    /**
     * Every entry of the feed pruned (they name people, and are kept for an hour only): a process starting now must
     * start from the highest number ever given, not from 0 ("nothing was ever written"), and the next change follows it.
     */
    private void aFullyPrunedFeedKeepsItsNumbering(StorageConfig config, Connection raw) throws Exception {
        try (Storage a = JdbcStorage.open(config, new Pseudonyms(Fixtures.SECRET), Clock.systemUTC())) {
            for (String user : List.of("21", "22", "23")) {
                a.optIns().save(OptIn.consent("discord", UserId.of(user), GUILD_A, Instant.now(), ZoneOffset.UTC));
            }
            long last = a.changes().latest();
            assertThat(last).isGreaterThanOrEqualTo(3);
            try (Statement s = raw.createStatement()) {
                s.executeUpdate("DELETE FROM change_feed");
            }
            assertThat(a.changes().after(0, 100)).as("the feed, pruned").isEmpty();

            assertThat(a.changes().latest()).as("where a process starting now begins").isEqualTo(last);
            a.optIns().save(OptIn.consent("discord", ANA, GUILD_B, Instant.now(), ZoneOffset.UTC));
            assertThat(a.changes().after(last, 100)).extracting(Change::seq)
                    .containsExactly(last + 1);
        }
    }

    @Test
    void aProcessThatHasNotTakenUpAChangeIsBehindUntilItSaysSo() throws Exception {
        try (Storage a = JdbcStorage.open(StorageConfig.sqlite(dir), new Pseudonyms(Fixtures.SECRET), Clock.systemUTC())) {
            a.optIns().save(OptIn.consent("discord", ANA, GUILD_A, Instant.now(), ZoneOffset.UTC));
            long seq = a.changes().latest();
            Instant now = Instant.now();
            a.changes().applied("process-a", seq, now);
            a.changes().applied("process-b", seq - 1, now);
            a.changes().applied("process-gone", seq - 1, now.minus(Duration.ofMinutes(5)));

            assertThat(a.changes().behind(seq, now.minusSeconds(30), "process-a")).containsExactly("process-b");

            a.changes().applied("process-b", seq, now);
            assertThat(a.changes().behind(seq, now.minusSeconds(30), "process-a")).isEmpty();
            a.changes().leave("process-b");
            a.changes().applied("process-b", seq - 1, now);
            assertThat(a.changes().behind(seq, now.minusSeconds(30), "process-a")).containsExactly("process-b");
        }
    }

    @Test
    void theDatabaseIsReachableWhileOpenAndNotOnceClosed() {
        Storage a = JdbcStorage.open(StorageConfig.sqlite(dir), new Pseudonyms(Fixtures.SECRET), Clock.systemUTC());
        assertThat(a.reachable()).isTrue();
        a.close();
        assertThat(a.reachable()).isFalse();
    }

    @Test
    void aQuietFeedMakesTheWaitEndAfterItsTimeout() throws Exception {
        try (Storage a = JdbcStorage.open(StorageConfig.sqlite(dir), new Pseudonyms(Fixtures.SECRET), Clock.systemUTC())) {
            assertThat(a.changes().await(a.changes().latest(), Duration.ofMillis(300))).isFalse();
        }
    }
}
