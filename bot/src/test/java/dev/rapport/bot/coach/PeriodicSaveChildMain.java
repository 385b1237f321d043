package dev.rapport.bot.coach;

import com.typesafe.config.ConfigFactory;
import dev.rapport.bot.storage.Storage;
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

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * The child process of {@link PeriodicSaveKillTest}: a coach on SQLite with its routines running at the default
 * {@code save-interval} (read from reference.conf), that takes {@code count} messages by Ana in two communities and
 * never asks for a save itself. It prints {@code COUNTED n} once the engine has counted them, and {@code SAVED n}
 * each time the periodic saver has committed states holding n of her messages in all, then waits to be killed.
 * Arguments: data folder, count.
 */
public final class PeriodicSaveChildMain {
    private PeriodicSaveChildMain() {
    }

    public static void main(String[] args) throws Exception {
        QuietLogs.apply();
        StorageConfig config = StorageConfig.sqlite(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        Duration saveInterval = ConfigFactory.defaultReference().getDuration("rapport.coaching.save-interval");
        Clock clock = Clock.fixed(CoachKillTest.T0, ZoneOffset.UTC);
        try (Storage s = JdbcStorage.open(config, new Pseudonyms(Fixtures.SECRET), clock)) {
            for (CommunityId c : CoachKillTest.COMMUNITIES) {
                s.optIns().save(OptIn.consent("discord", CoachKillTest.ANA, c, CoachKillTest.T0.minus(Duration.ofDays(1)),
                        ZoneOffset.UTC).withFrequency(TipFrequency.WEEKLY));
            }
            CoachService coach = CoachKillTest.coach(s, new Reporting(s.engineState()), clock);
            RoutineScheduler routines = new RoutineScheduler();
            routines.start(coach.routines(Duration.ofDays(1), saveInterval));
            for (int n = 1; n <= count; n++) {
                coach.accept(ChatMessage.builder().id("m" + n).at(CoachKillTest.T0.plusSeconds(n))
                        .in(CoachKillTest.communityOf(n).value(), "general").by(CoachKillTest.ANA.value())
                        .text("good morning, how are you all doing " + n).build());
            }
            // A report is answered after every event before it: the messages are counted once it comes.
            int counted = coach.report(CoachKillTest.ANA, IsoWeek.of(CoachKillTest.T0, ZoneOffset.UTC)).get()
                    .orElseThrow().stats().messages();
            System.out.println("COUNTED " + counted);
            System.out.flush();
            new CountDownLatch(1).await();
        }
    }

    /** The real store, saying after each committed save how many of Ana's messages the saved states hold in all. */
    private static final class Reporting implements EngineStateStore {
        private final EngineStateStore store;
        private final Map<CommunityId, Integer> saved = new ConcurrentHashMap<>();

        Reporting(EngineStateStore store) {
            this.store = store;
        }

        @Override
        public void save(UserSnapshot snapshot) {
            saveAll(List.of(snapshot));
        }

        @Override
        public void saveAll(List<UserSnapshot> snapshots) {
            store.saveAll(snapshots);
            for (UserSnapshot snapshot : snapshots) {
                if (snapshot.user().equals(CoachKillTest.ANA) && !snapshot.weeks().isEmpty()) {
                    saved.put(snapshot.key().community(), snapshot.weeks().get(0).counts().getOrDefault("messages", 0));
                }
            }
            System.out.println("SAVED " + saved.values().stream().mapToInt(Integer::intValue).sum());
            System.out.flush();
        }

        @Override
        public void saveAll(List<UserSnapshot> snapshots, List<dev.rapport.rules.engine.CommunitySnapshot> communities) {
            store.saveAll(List.of(), communities);
            saveAll(snapshots);
        }

        @Override
        public List<dev.rapport.rules.engine.CommunitySnapshot> communities() {
            return store.communities();
        }

        @Override
        public Optional<UserSnapshot> load(UserId user, CommunityId community) {
            return store.load(user, community);
        }

        @Override
        public List<UserSnapshot> ofUser(UserId user) {
            return store.ofUser(user);
        }

        @Override
        public List<UserSnapshot> all() {
            return store.all();
        }

        @Override
        public void inPages(int pageSize, Consumer<List<UserSnapshot>> page) {
            store.inPages(pageSize, page);
        }
    }
}
