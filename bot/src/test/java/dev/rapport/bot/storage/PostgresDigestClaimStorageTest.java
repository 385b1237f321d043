package dev.rapport.bot.storage;

import dev.rapport.bot.storage.config.StorageConfig;
import dev.rapport.bot.storage.jdbc.JdbcStorage;
import dev.rapport.bot.storage.support.Fixtures;
import dev.rapport.bot.storage.support.PostgresExtension;
import dev.rapport.bot.storage.support.QuietLogs;
import dev.rapport.bot.storage.support.SharedPostgres;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.IsoWeek;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Two bot processes (two pools on one PostgreSQL) racing for the same digest: exactly one may send it. */
@ExtendWith(PostgresExtension.class)
class PostgresDigestClaimStorageTest {
    private static final int ROUNDS = 50;

    @TempDir
    Path dir;

    @Test
    void exactlyOneOfTwoConcurrentClaimsWins(SharedPostgres pg) throws Exception {
        QuietLogs.apply();
        StorageConfig config = pg.newMigratedDatabaseConfig(dir).withPoolSize(2);
        Pseudonyms pseudonyms = new Pseudonyms(Fixtures.SECRET);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Storage a = JdbcStorage.open(config, pseudonyms, Clock.systemUTC());
             Storage b = JdbcStorage.open(config, pseudonyms, Clock.systemUTC())) {
            List<Integer> winners = new ArrayList<>();
            IsoWeek week = IsoWeek.parse("2026-W01");
            for (int round = 0; round < ROUNDS; round++) {
                UserId user = UserId.of("racer-" + round);
                IsoWeek w = week;
                CyclicBarrier start = new CyclicBarrier(2);
                Future<Boolean> fa = pool.submit(() -> {
                    start.await();
                    return a.digests().claim(user, w, "process-a");
                });
                Future<Boolean> fb = pool.submit(() -> {
                    start.await();
                    return b.digests().claim(user, w, "process-b");
                });
                boolean wa = fa.get(10, TimeUnit.SECONDS);
                boolean wb = fb.get(10, TimeUnit.SECONDS);
                winners.add((wa ? 1 : 0) + (wb ? 1 : 0));
                assertThat(a.digests().claimedBy(user, w)).contains(wa ? "process-a" : "process-b");
                week = week.next();
            }
            assertThat(winners).hasSize(ROUNDS).containsOnly(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
