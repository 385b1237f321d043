package dev.rapport.bot.storage;

import dev.rapport.bot.storage.config.StorageConfig;
import dev.rapport.bot.storage.jdbc.JdbcStorage;
import dev.rapport.bot.storage.support.Fixtures;
import dev.rapport.bot.storage.support.PostgresExtension;
import dev.rapport.bot.storage.support.QuietLogs;
import dev.rapport.bot.storage.support.SharedPostgres;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.engine.UserSnapshot;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.IsoWeek;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A writer process killed with SIGKILL in the middle of its work: after reopening, the database is consistent
 * and every write the writer had seen committed is there.
 */
class CrashSafetyStorageTest {
    private static final int ACKS_BEFORE_KILL = 150;
    private static final UserId WRITER = UserId.of("writer");

    @TempDir
    Path dir;

    @BeforeAll
    static void quiet() {
        QuietLogs.apply();
    }

    @Test
    void everyAcknowledgedSqliteWriteSurvivesAKill() throws Exception {
        StorageConfig config = StorageConfig.sqlite(dir);
        int acked = runAndKill(List.of(config.url()));

        try (Connection c = DriverManager.getConnection(config.url()); Statement st = c.createStatement()) {
            try (ResultSet r = st.executeQuery("PRAGMA integrity_check")) {
                r.next();
                assertThat(r.getString(1)).isEqualTo("ok");
            }
            try (ResultSet r = st.executeQuery("PRAGMA foreign_key_check")) {
                assertThat(r.next()).as("foreign key violations").isFalse();
            }
        }
        assertAllAcknowledgedWritesPresent(config, acked);
    }

    @Test
    @ExtendWith(PostgresExtension.class)
    void everyAcknowledgedPostgresWriteSurvivesAKill(SharedPostgres pg) throws Exception {
        StorageConfig config = pg.newMigratedDatabaseConfig(dir);
        int acked = runAndKill(List.of(config.url(), SharedPostgres.APP_USER, SharedPostgres.APP_PASSWORD));
        assertAllAcknowledgedWritesPresent(config, acked);
    }

    private void assertAllAcknowledgedWritesPresent(StorageConfig config, int acked) {
        try (Storage s = JdbcStorage.open(config, new Pseudonyms(Fixtures.SECRET), Clock.systemUTC())) {
            List<UserId> people = s.engineState().all().stream().map(UserSnapshot::user).toList();
            for (int n = 1; n <= acked; n++) {
                assertThat(people).contains(UserId.of("person-" + n));
            }
            // A write after the last acknowledgement may or may not have landed, but never half of one.
            assertThat(people).hasSizeBetween(acked + 1, acked + 2);
            UserSnapshot writer = s.engineState().load(WRITER, dev.rapport.bot.storage.support.Fixtures.GUILD).orElseThrow();
            int n = writer.weeks().get(0).counts().get("messages");
            assertThat(n).isBetween(acked, acked + 1);
            assertThat(writer).isEqualTo(Fixtures.snapshot(WRITER, n));
            assertThat(s.optIns().find("discord", WRITER, CommunityId.of("guild-crash"))).isPresent();
            assertThat(s.weeklyStats().find(WRITER, dev.rapport.bot.storage.support.Fixtures.GUILD, IsoWeek.parse("2026-W06")).orElseThrow().messages())
                    .isBetween(acked, acked + 1);
        }
    }

    /** Starts the writer, kills it with SIGKILL after enough acknowledgements; returns the last one seen. */
    private int runAndKill(List<String> args) throws IOException, InterruptedException {
        // A short-lived child JVM compiles with C1 only: the C2 compiler's threads cost it about 40 % of its time on
        // a loaded machine (crash writer to 150 acknowledgements: 27 s against 16 s at load 20), and run the same code.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                CrashWriterMain.class.getName()));
        command.addAll(args);
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        int acked = 0;
        List<String> other = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acked = Integer.parseInt(line.substring(4).trim());
                    if (acked >= ACKS_BEFORE_KILL) {
                        break;
                    }
                } else if (other.size() < 50) {
                    other.add(line);
                }
                if (System.nanoTime() > deadline) {
                    break;
                }
            }
            // SIGKILL through the handle, which (unlike Process.destroyForcibly) leaves its output readable.
            child.toHandle().destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            // What the writer printed before the kill landed was acknowledged too (on a loaded machine it may have
            // written on past the line read here): the last acknowledgement is the last one it printed.
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acked = Math.max(acked, Integer.parseInt(line.substring(4).trim()));
                }
            }
        } finally {
            child.destroyForcibly();
        }
        assertThat(acked).as("acknowledged writes before the kill; writer said: %s", other).isGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
        return acked;
    }
}
