package dev.rapport.bot.coach;

import dev.rapport.bot.storage.Storage;
import dev.rapport.bot.storage.config.StorageConfig;
import dev.rapport.bot.storage.jdbc.JdbcStorage;
import dev.rapport.bot.storage.support.Fixtures;
import dev.rapport.bot.storage.support.QuietLogs;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.stats.IsoWeek;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing counted is lost to a kill -9 for long: a coach that nobody asks to save (no command, no shutdown) saves
 * what changed by itself at the default {@code save-interval}, so a coach killed with SIGKILL right after that
 * periodic save has every message it had counted back after a restart, each once.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PeriodicSaveKillTest {
    private static final int MESSAGES = 30;

    @TempDir
    Path dir;

    @BeforeAll
    static void quiet() {
        QuietLogs.apply();
    }

    @Test
    void aCoachKilledRightAfterThePeriodicSaveHasEveryCountedMessageBack() throws Exception {
        int counted = runAndKillAfterPeriodicSave();
        assertThat(counted).isEqualTo(MESSAGES);

        Clock clock = Clock.fixed(CoachKillTest.T0.plusSeconds(3600), ZoneOffset.UTC);
        try (Storage s = JdbcStorage.open(StorageConfig.sqlite(dir), new Pseudonyms(Fixtures.SECRET), clock)) {
            CoachService restarted = CoachKillTest.coach(s, clock);
            try {
                assertThat(restarted.restore()).isEqualTo(2);
                assertThat(restarted.report(CoachKillTest.ANA, IsoWeek.of(CoachKillTest.T0, ZoneOffset.UTC)).get()
                        .orElseThrow().stats().messages()).as("every counted message, each once").isEqualTo(MESSAGES);
                List<Integer> perCommunity = new ArrayList<>();
                for (CommunityId c : CoachKillTest.COMMUNITIES) {
                    perCommunity.add(s.engineState().load(CoachKillTest.ANA, c).orElseThrow().weeks().get(0).counts()
                            .get("messages"));
                }
                assertThat(perCommunity).containsExactly(MESSAGES / 2, MESSAGES / 2);
            } finally {
                restarted.close();
            }
        }
    }

    /**
     * Starts the child, waits until it has counted the messages and then until its periodic saver says it committed
     * all of them (the event that proves the save, not a pause), and kills it at once with SIGKILL. Returns the count.
     */
    private int runAndKillAfterPeriodicSave() throws Exception {
        // C1 only, as the crash writer's child (CrashSafetyStorageTest): a short-lived JVM, the same code, less CPU.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                PeriodicSaveChildMain.class.getName(), dir.toString(), Integer.toString(MESSAGES)));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        int counted = -1;
        boolean saved = false;
        List<String> other = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            int savedSoFar = -1;
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("COUNTED ")) {
                    counted = Integer.parseInt(line.substring(8).trim());
                } else if (line.startsWith("SAVED ")) {
                    savedSoFar = Integer.parseInt(line.substring(6).trim());
                } else if (other.size() < 50) {
                    other.add(line);
                }
                if (counted > 0 && savedSoFar == counted) {
                    saved = true;
                    break;
                }
            }
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(saved).as("the periodic saver committed every counted message; the child said: %s", other).isTrue();
        return counted;
    }
}
