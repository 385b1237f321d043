package dev.rapport.bot.coach;

import dev.rapport.bot.storage.Storage;
import dev.rapport.bot.storage.config.StorageConfig;
import dev.rapport.bot.storage.jdbc.JdbcStorage;
import dev.rapport.bot.storage.optin.TipFrequency;
import dev.rapport.bot.storage.support.Fixtures;
import dev.rapport.bot.storage.support.PostgresExtension;
import dev.rapport.bot.storage.support.QuietLogs;
import dev.rapport.bot.storage.support.SharedPostgres;
import dev.rapport.rules.config.CoachSettings;
import dev.rapport.rules.engine.CoachEngine;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.rule.RuleCatalogue;
import dev.rapport.rules.stats.IsoWeek;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coach on PostgreSQL killed with SIGKILL ({@code Process.destroyForcibly}) in the middle of a week: a restarted
 * coach has every bit of coaching state the killed one had acknowledged as saved, in each of the person's two
 * communities, and nothing counted twice.
 */
@ExtendWith(PostgresExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CoachKillTest {
    static final Instant T0 = Instant.parse("2026-03-03T10:00:00Z");
    static final UserId ANA = UserId.of("7");
    static final List<CommunityId> COMMUNITIES = List.of(CommunityId.of("1"), CommunityId.of("4194304"));
    private static final int ACKS_BEFORE_KILL = 40;

    @TempDir
    Path dir;

    @BeforeAll
    static void quiet() {
        QuietLogs.apply();
    }

    /** Message {@code n} goes to the first community when odd, to the second when even. */
    static CommunityId communityOf(int n) {
        return COMMUNITIES.get(n % 2 == 1 ? 0 : 1);
    }

    /** A coach for every community, as a process on all shards runs it. */
    static CoachService coach(Storage s, Clock clock) {
        return coach(s, s.engineState(), clock);
    }

    /** The same, saving its state through {@code states}. */
    static CoachService coach(Storage s, dev.rapport.bot.storage.state.EngineStateStore states, Clock clock) {
        OptInLookup optIns = new OptInLookup(s.optIns(), "discord");
        CoachSettings settings = CoachSettings.defaults(RuleCatalogue.standard().rules());
        CoachEngine engine = CoachEngine.builder().rules(RuleCatalogue.standard().rules()).settings(settings)
                .enrollment(optIns).promoDetector(new SelfPromotionDetector()).pseudonyms(s.pseudonyms())
                .clock(clock).build();
        CoachingSettings coaching = new CoachingSettings(Duration.ofHours(24), 3, 10, Duration.ofMillis(1),
                Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofMinutes(1),
                TipFrequency.WEEKLY);
        TipRouting routing = new TipRouting(optIns, new TipThrottle(coaching, s.tips(), clock), s.tips(),
                Duration.ofSeconds(10), clock, CoachTelemetry.ignored());
        return new CoachService(engine, settings, optIns, states, s.personalData(), routing,
                CoachTelemetry.ignored(), community -> true);
    }

    @Test
    void aRestartedCoachHasEveryAcknowledgedMessageInEachCommunity(SharedPostgres pg) throws Exception {
        StorageConfig config = pg.newDatabaseConfig(dir);
        int acked = runAndKill(List.of(config.url(), SharedPostgres.APP_USER, SharedPostgres.APP_PASSWORD));

        Clock clock = Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC);
        try (Storage s = JdbcStorage.open(config, new Pseudonyms(Fixtures.SECRET), clock)) {
            CoachService restarted = coach(s, clock);
            try {
                assertThat(restarted.restore()).isEqualTo(2);
                IsoWeek week = IsoWeek.of(T0, ZoneOffset.UTC);
                int first = restarted.report(ANA, week).get().orElseThrow().stats().messages();
                // Message acked + 1 may have been saved before the kill, never half of it.
                assertThat(first).isBetween(acked, acked + 1);
                int odd = (first + 1) / 2;
                List<Integer> perCommunity = new ArrayList<>();
                for (CommunityId c : COMMUNITIES) {
                    perCommunity.add(s.engineState().load(ANA, c).orElseThrow().weeks().get(0).counts().get("messages"));
                }
                assertThat(perCommunity).containsExactly(odd, first - odd);
            } finally {
                restarted.close();
            }
        }
    }

    /** Starts the coach in a child JVM and kills it with SIGKILL after enough acknowledgements; returns the last. */
    private static int runAndKill(List<String> args) throws Exception {
        // C1 only, as the crash writer's child (CrashSafetyStorageTest): a short-lived JVM, the same code, less CPU.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                CoachKillChildMain.class.getName()));
        command.addAll(args);
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        int acked = 0;
        List<String> other = new ArrayList<>();
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
            }
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(acked).as("acknowledged saves before the kill; the coach said: %s", other)
                .isGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
        return acked;
    }
}
