package dev.rapport.bot.coach;

import dev.rapport.bot.config.ConfigLoader;
import dev.rapport.bot.storage.Storage;
import dev.rapport.bot.storage.StorageFactory;
import dev.rapport.bot.storage.config.StorageConfigReader;
import dev.rapport.bot.storage.state.EngineStateStore;
import dev.rapport.rules.config.CoachSettings;
import dev.rapport.rules.engine.CoachEngine;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.engine.UserSnapshot;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.rule.RuleCatalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's queue is bounded: a burst it cannot keep up with sheds the oldest chat events, never commands. Adapters
 * may hand a message over unbuilt, to be finished on the engine's thread rather than the gateway's.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class CoachEngineQueueTest {
    private static final Instant T0 = Instant.parse("2026-03-04T12:00:00Z");

    @TempDir
    Path dir;
    private Storage storage;
    private CoachService coach;
    private final CountDownLatch engineBusy = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void open() {
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        var config = new ConfigLoader(RuleCatalogue.standard())
                .parse("rapport.storage.data-dir = \"%s\"".formatted(dir.toString().replace("\\", "/")), "test.conf");
        storage = new StorageFactory(new StorageConfigReader(), new SecureRandom(), clock).open(config);
        OptInLookup optIns = new OptInLookup(storage.optIns(), "discord");
        CoachEngine engine = CoachEngine.builder().rules(RuleCatalogue.standard().rules()).enrollment(optIns)
                .promoDetector(new SelfPromotionDetector()).pseudonyms(new Pseudonyms(new byte[32])).clock(clock).build();
        CoachingSettings delivery = new CoachingSettings(Duration.ofHours(24), 3, 10, Duration.ofMillis(1),
                Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofMinutes(1),
                dev.rapport.bot.storage.optin.TipFrequency.REALTIME);
        TipRouting routing = new TipRouting(optIns, new TipThrottle(delivery, storage.tips(), clock), storage.tips(),
                Duration.ZERO, clock, CoachTelemetry.ignored());
        coach = new CoachService(engine, CoachSettings.defaults(RuleCatalogue.standard().rules()), optIns, new StallingStates(storage.engineState()),
                storage.personalData(), routing, CoachTelemetry.ignored(), user -> true, 100);
    }

    @AfterEach
    void close() {
        release.countDown();
        coach.close();
        storage.close();
    }

    @Test
    void aBurstBeyondTheQueueShedsTheOldestEventsWithoutBlockingAndCommandsStillAnswer() throws Exception {
        // The engine is busy restoring (its store stalls) while 250 messages arrive.
        CompletableFuture<Integer> restoring = CompletableFuture.supplyAsync(coach::restore);
        assertThat(engineBusy.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Long> command = coach.duplicatesIgnored();

        for (int i = 0; i < 250; i++) {
            coach.accept(message(i));
        }

        assertThat(coach.shedEvents()).isEqualTo(151);
        release.countDown();
        assertThat(restoring.get(5, TimeUnit.SECONDS)).isZero();
        assertThat(command.get(5, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void aMessageHandedOverUnbuiltIsBuiltOnTheEngineThreadAndOneThatCannotBeBuiltIsSkipped() throws Exception {
        List<String> builtOn = new java.util.concurrent.CopyOnWriteArrayList<>();

        coach.accept(() -> {
            builtOn.add(Thread.currentThread().getName());
            return message(1);
        });
        coach.accept(() -> {
            throw new IllegalArgumentException("a message the adapter could not read");
        });
        coach.accept(() -> {
            builtOn.add(Thread.currentThread().getName());
            return message(2);
        });
        // Answered after every event before it: both good messages were built by then, on the engine's thread.
        assertThat(coach.duplicatesIgnored().get(5, TimeUnit.SECONDS)).isZero();

        assertThat(builtOn).containsExactly("rapport-engine", "rapport-engine");
        assertThat(coach.shedEvents()).isZero();
    }

    private static ChatMessage message(int i) {
        return ChatMessage.builder().id("m" + i).at(T0.plusSeconds(i)).in("1", "10").by("7").text("hello " + i).build();
    }

    /** The real store, except that reading everything waits until the test lets it go. */
    private final class StallingStates implements EngineStateStore {
        private final EngineStateStore real;

        StallingStates(EngineStateStore real) {
            this.real = real;
        }

        @Override
        public void save(UserSnapshot snapshot) {
            real.save(snapshot);
        }

        @Override
        public void saveAll(List<UserSnapshot> snapshots) {
            real.saveAll(snapshots);
        }

        @Override
        public void saveAll(List<UserSnapshot> snapshots, List<dev.rapport.rules.engine.CommunitySnapshot> communities) {
            real.saveAll(snapshots, communities);
        }

        @Override
        public List<dev.rapport.rules.engine.CommunitySnapshot> communities() {
            stall();
            return real.communities();
        }

        @Override
        public Optional<UserSnapshot> load(UserId user, dev.rapport.rules.model.CommunityId community) {
            return real.load(user, community);
        }

        @Override
        public List<UserSnapshot> ofUser(UserId user) {
            return real.ofUser(user);
        }

        @Override
        public void inPages(int pageSize, java.util.function.Consumer<List<UserSnapshot>> page) {
            stall();
            real.inPages(pageSize, page);
        }

        @Override
        public List<UserSnapshot> all() {
            stall();
            return real.all();
        }

        private void stall() {
            engineBusy.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
