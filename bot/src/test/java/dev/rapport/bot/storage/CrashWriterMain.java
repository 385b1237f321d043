package dev.rapport.bot.storage;

import dev.rapport.bot.storage.config.Password;
import dev.rapport.bot.storage.config.StorageConfig;
import dev.rapport.bot.storage.jdbc.JdbcStorage;
import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.bot.storage.support.Fixtures;
import dev.rapport.bot.storage.support.QuietLogs;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.IsoWeek;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The child process of {@link CrashSafetyStorageTest}: writes settings, weekly stats and engine snapshots in a loop and prints
 * {@code ACK n} after write n has been committed, until it is killed.
 * Arguments: JDBC URL, then user and password for PostgreSQL.
 */
public final class CrashWriterMain {
    private CrashWriterMain() {
    }

    public static void main(String[] args) {
        QuietLogs.apply();
        StorageConfig config = StorageConfig.sqlite(Path.of(".")).withUrl(args[0]);
        if (args.length > 2) {
            config = config.withCredentials(args[1], Password.of(args[2]));
        }
        UserId user = UserId.of("writer");
        CommunityId community = CommunityId.of("guild-crash");
        IsoWeek week = IsoWeek.parse("2026-W06");
        Instant t0 = Instant.parse("2026-02-02T10:00:00Z");
        try (Storage s = JdbcStorage.open(config, new Pseudonyms(Fixtures.SECRET), Clock.systemUTC())) {
            System.out.println("READY");
            System.out.flush();
            for (int n = 1; ; n++) {
                Instant at = t0.plusSeconds(n);
                s.engineState().save(Fixtures.snapshot(UserId.of("person-" + n), n));
                s.engineState().save(Fixtures.snapshot(user, n));
                s.optIns().save(OptIn.consent("discord", user, community, at, ZoneId.of("UTC"))
                        .withDigest(DayOfWeek.of(1 + n % 7), n % 24));
                s.weeklyStats().save(user, dev.rapport.bot.storage.support.Fixtures.GUILD, week, Fixtures.stats(n));
                System.out.println("ACK " + n);
                System.out.flush();
            }
        }
    }
}
