package dev.rapport.bot.coach;

import dev.rapport.bot.storage.Storage;
import dev.rapport.bot.storage.StorageException;
import dev.rapport.bot.storage.config.StorageConfig;
import dev.rapport.bot.storage.jdbc.JdbcStorage;
import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.bot.storage.optin.TipFrequency;
import dev.rapport.bot.storage.state.EngineStateStore;
import dev.rapport.bot.storage.support.Fixtures;
import dev.rapport.bot.storage.support.QuietLogs;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.engine.UserSnapshot;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.IsoWeek;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A save that fails (the database away for a moment) loses nothing: the states it was to write stay unsaved, and the
 * next save writes them even though nothing changed in between. A database that stalls holds up the periodic write,
 * which runs off the engine's thread, never the counting of events.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class CoachSaveRetryTest {
    private static final CommunityId GUILD = CoachKillTest.COMMUNITIES.get(0);

    @TempDir
    Path dir;

    @BeforeAll
    static void quiet() {
        QuietLogs.apply();
    }

    @Test
    void theStatesOfAFailedSaveAreWrittenByTheNextOne() throws Exception {
        Clock clock = Clock.fixed(CoachKillTest.T0, ZoneOffset.UTC);
        try (Storage s = JdbcStorage.open(StorageConfig.sqlite(dir), new Pseudonyms(Fixtures.SECRET), clock)) {
            s.optIns().save(OptIn.consent("discord", CoachKillTest.ANA, GUILD, CoachKillTest.T0.minus(Duration.ofDays(1)),
                    ZoneOffset.UTC).withFrequency(TipFrequency.WEEKLY));
            FailingOnce states = new FailingOnce(s.engineState());
            CoachService coach = CoachKillTest.coach(s, states, clock);
            try {
                coach.accept(ChatMessage.builder().id("m1").at(CoachKillTest.T0.plusSeconds(1)).in(GUILD.value(), "general")
                        .by(CoachKillTest.ANA.value()).text("good morning, how is everyone doing today").build());
                assertThatThrownBy(() -> coach.saveChanged().get()).isInstanceOf(ExecutionException.class)
                        .hasCauseInstanceOf(StorageException.class);
                assertThat(s.engineState().load(CoachKillTest.ANA, GUILD)).as("the failed save wrote nothing").isEmpty();

                assertThat(coach.saveChanged().get()).as("the next save, with no new message").isEqualTo(1);
                assertThat(s.engineState().load(CoachKillTest.ANA, GUILD).orElseThrow().weeks().get(0).counts()
                        .get("messages")).isEqualTo(1);
                assertThat(coach.saveChanged().get()).as("and then nothing is left to save").isZero();
            } finally {
                coach.close();
            }
        }
    }

    @Test
    void aDatabaseThatStallsHoldsUpThePeriodicWriteButNeverTheEngine() throws Exception {
        Clock clock = Clock.fixed(CoachKillTest.T0, ZoneOffset.UTC);
        try (Storage s = JdbcStorage.open(StorageConfig.sqlite(dir), new Pseudonyms(Fixtures.SECRET), clock)) {
            s.optIns().save(OptIn.consent("discord", CoachKillTest.ANA, GUILD, CoachKillTest.T0.minus(Duration.ofDays(1)),
                    ZoneOffset.UTC).withFrequency(TipFrequency.WEEKLY));
            Stalling states = new Stalling(s.engineState());
            CoachService coach = CoachKillTest.coach(s, states, clock);
            try {
                coach.accept(message(1));
                Routine saver = coach.routines(Duration.ofDays(1), Duration.ofSeconds(1)).stream()
                        .filter(r -> r.name().equals("state saver")).findFirst().orElseThrow();
                CompletableFuture<Void> periodic = CompletableFuture.runAsync(saver::run);
                assertThat(states.entered.await(10, TimeUnit.SECONDS)).as("the periodic write reached the database").isTrue();

                coach.accept(message(2));
                IsoWeek week = IsoWeek.of(CoachKillTest.T0, ZoneOffset.UTC);
                assertThat(coach.report(CoachKillTest.ANA, week).get(10, TimeUnit.SECONDS).orElseThrow().stats().messages())
                        .as("the engine counts on while the database stalls").isEqualTo(2);
                assertThat(periodic).as("the write is still held by the database").isNotDone();

                states.release.countDown();
                periodic.get(10, TimeUnit.SECONDS);
                assertThat(coach.saveChanged().get()).as("the second message's state, after the first write").isEqualTo(1);
                assertThat(s.engineState().load(CoachKillTest.ANA, GUILD).orElseThrow().weeks().get(0).counts()
                        .get("messages")).isEqualTo(2);
            } finally {
                states.release.countDown();
                coach.close();
            }
        }
    }

    private static ChatMessage message(int n) {
        return ChatMessage.builder().id("m" + n).at(CoachKillTest.T0.plusSeconds(n)).in(GUILD.value(), "general")
                .by(CoachKillTest.ANA.value()).text("good morning, how is everyone doing today " + n).build();
    }

    /** The real store, whose first save waits until the test lets it go, as a database that stalls. */
    private static final class Stalling extends Delegating {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        Stalling(EngineStateStore real) {
            super(real);
        }

        @Override
        public void saveAll(List<UserSnapshot> snapshots) {
            if (entered.getCount() > 0) {
                entered.countDown();
                try {
                    if (!release.await(30, TimeUnit.SECONDS)) {
                        throw new StorageException("never released (test)");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StorageException("interrupted (test)");
                }
            }
            super.saveAll(snapshots);
        }
    }

    /** The real store, except that its first save fails as a database that is away would. */
    private static final class FailingOnce extends Delegating {
        private boolean failed;

        FailingOnce(EngineStateStore real) {
            super(real);
        }

        @Override
        public void saveAll(List<UserSnapshot> snapshots) {
            if (!failed) {
                failed = true;
                throw new StorageException("the database is away (test)");
            }
            super.saveAll(snapshots);
        }
    }

    /** Everything passed to the real store. */
    private static class Delegating implements EngineStateStore {
        private final EngineStateStore real;

        Delegating(EngineStateStore real) {
            this.real = real;
        }

        @Override
        public void save(UserSnapshot snapshot) {
            saveAll(List.of(snapshot));
        }

        @Override
        public void saveAll(List<UserSnapshot> snapshots) {
            real.saveAll(snapshots);
        }

        @Override
        public void saveAll(List<UserSnapshot> snapshots, List<dev.rapport.rules.engine.CommunitySnapshot> communities) {
            saveAll(snapshots);
            real.saveAll(List.of(), communities);
        }

        @Override
        public List<dev.rapport.rules.engine.CommunitySnapshot> communities() {
            return real.communities();
        }

        @Override
        public Optional<UserSnapshot> load(UserId user, CommunityId community) {
            return real.load(user, community);
        }

        @Override
        public List<UserSnapshot> ofUser(UserId user) {
            return real.ofUser(user);
        }

        @Override
        public List<UserSnapshot> all() {
            return real.all();
        }

        @Override
        public void inPages(int pageSize, Consumer<List<UserSnapshot>> page) {
            real.inPages(pageSize, page);
        }
    }
}
