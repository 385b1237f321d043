package dev.rapport.bot.storage;

import dev.rapport.bot.storage.config.StorageConfig;
import dev.rapport.bot.storage.jdbc.JdbcStorage;
import dev.rapport.bot.storage.state.PruneReport;
import dev.rapport.bot.storage.support.EngineScript;
import dev.rapport.bot.storage.support.Fixtures;
import dev.rapport.rules.engine.CoachEngine;
import dev.rapport.rules.engine.Enrollment;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.engine.UserSnapshot;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.RuleCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * More coached people than fit a page: restoring reads them page by page (each page its own transaction) and
 * retention prunes them page by page, and neither misses or repeats anyone.
 */
class EngineStatePagingStorageTest {
    private static final int PEOPLE = 450;
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @TempDir
    Path dir;

    /** Everyone posted once fourteen weeks ago and once now. */
    private static List<UserSnapshot> people(Pseudonyms pseudonyms) {
        CoachEngine engine = CoachEngine.builder().rules(RuleCatalogue.standard().rules())
                .enrollment(Enrollment.everyone(ZoneOffset.UTC)).promoDetector(EngineScript.MARKED).pseudonyms(pseudonyms).build();
        Instant old = NOW.minus(Duration.ofDays(7 * 14));
        for (Instant at : List.of(old, NOW)) {
            for (int i = 0; i < PEOPLE; i++) {
                engine.accept(ChatMessage.builder().id(at.toEpochMilli() + "-" + i).at(at.plusSeconds(i))
                        .by(UserId.of("u" + i)).in("guild-1", "general").text("hello there").build());
            }
        }
        List<UserSnapshot> all = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            all.add(engine.snapshot(UserId.of("u" + i), Fixtures.GUILD).orElseThrow());
        }
        return all;
    }

    @Test
    void everySnapshotComesBackExactlyOnceInPagesOfTheAskedSize() {
        Pseudonyms pseudonyms = new Pseudonyms(Fixtures.SECRET);
        try (Storage s = JdbcStorage.open(StorageConfig.sqlite(dir), pseudonyms, Clock.systemUTC())) {
            List<UserSnapshot> stored = people(pseudonyms);
            s.engineState().saveAll(stored);

            List<Integer> sizes = new ArrayList<>();
            List<UserSnapshot> read = new ArrayList<>();
            s.engineState().inPages(200, page -> {
                sizes.add(page.size());
                read.addAll(page);
            });

            assertThat(sizes).containsExactly(200, 200, 50);
            assertThat(read).containsExactlyInAnyOrderElementsOf(stored);
        }
    }

    @Test
    void retentionPrunesEveryoneAcrossPages() {
        Pseudonyms pseudonyms = new Pseudonyms(Fixtures.SECRET);
        try (Storage s = JdbcStorage.open(StorageConfig.sqlite(dir), pseudonyms, Clock.systemUTC())) {
            s.engineState().saveAll(people(pseudonyms));

            assertThat(s.retention().pruneOlderThan(12, NOW).engineStates()).isEqualTo(PEOPLE);
            assertThat(s.retention().pruneOlderThan(12, NOW)).isEqualTo(new PruneReport(0, 0));
            assertThat(s.engineState().all()).allSatisfy(p -> assertThat(p.weeks()).hasSize(1));
        }
    }
}
