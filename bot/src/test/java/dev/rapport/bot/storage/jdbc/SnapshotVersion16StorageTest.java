package dev.rapport.bot.storage.jdbc;

import dev.rapport.bot.storage.Storage;
import dev.rapport.bot.storage.config.StorageConfig;
import dev.rapport.bot.storage.support.Fixtures;
import dev.rapport.bot.storage.support.OlderDocuments;
import dev.rapport.bot.storage.support.QuietLogs;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.engine.UserSnapshot;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Person document version 16 in a real SQLite database: where and when the person last promised the room a run of
 * updates comes back as saved; a document without one is written as version 15 wrote it, and a version 15 document
 * loads with no promise.
 */
class SnapshotVersion16StorageTest {
    private static final UserId ALICE = UserId.of("alice-1001");

    private final Pseudonyms pseudonyms = new Pseudonyms(Fixtures.SECRET);

    @TempDir
    Path dir;

    @BeforeAll
    static void quiet() {
        QuietLogs.apply();
    }

    @Test
    void aPromiseOfUpdatesComesBackFromTheDatabase() {
        UserSnapshot kept = Fixtures.snapshot(ALICE, 3).toBuilder()
                .postsPromised(Map.of("c-workshop", Instant.parse("2026-02-03T08:15:00Z"))).build();
        StorageConfig config = StorageConfig.sqlite(dir);
        try (Storage storage = JdbcStorage.open(config, pseudonyms, Clock.systemUTC())) {
            storage.engineState().saveAll(List.of(kept));
        }
        try (Storage storage = JdbcStorage.open(config, pseudonyms, Clock.systemUTC())) {
            UserSnapshot back = storage.engineState().load(ALICE, Fixtures.GUILD).orElseThrow();
            assertThat(back.version()).isEqualTo(UserSnapshot.VERSION);
            assertThat(back.postsPromised()).containsExactly(
                    Map.entry("c-workshop", Instant.parse("2026-02-03T08:15:00Z")));
            assertThat(back).isEqualTo(kept);
        }
    }

    @Test
    void aVersion15DocumentLoadsWithNoPromiseAndNoneIsWrittenWhereThereIsNone() throws SQLException {
        UserSnapshot v15 = Fixtures.snapshot(ALICE, 3);
        StorageConfig config = StorageConfig.sqlite(dir);
        try (Storage storage = JdbcStorage.open(config, pseudonyms, Clock.systemUTC())) {
            storage.engineState().saveAll(List.of(v15));
        }
        assertThat(OlderDocuments.storedState(config)).doesNotContain("postsPromised");
        OlderDocuments.markStoredAs(config, 15);
        try (Storage storage = JdbcStorage.open(config, pseudonyms, Clock.systemUTC())) {
            UserSnapshot back = storage.engineState().load(ALICE, Fixtures.GUILD).orElseThrow();
            assertThat(back.version()).isEqualTo(15);
            assertThat(back.postsPromised()).isEmpty();
            assertThat(back.toBuilder().version(UserSnapshot.VERSION).build()).isEqualTo(v15);
        }
    }
}
