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
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Person document version 17 in a real SQLite database: a contact met again on a later day without a gift to show it
 * (a question of one's own put to them) comes back met again as saved; a contact without such a meeting is written as
 * version 16 wrote it, and a version 16 document loads with none.
 */
class SnapshotVersion17StorageTest {
    private static final UserId ALICE = UserId.of("alice-1001");
    private static final Instant FIRST = Instant.parse("2026-02-02T10:00:00Z");
    private static final Instant AGAIN = Instant.parse("2026-02-03T09:30:00Z");

    private final Pseudonyms pseudonyms = new Pseudonyms(Fixtures.SECRET);

    @TempDir
    Path dir;

    @BeforeAll
    static void quiet() {
        QuietLogs.apply();
    }

    @Test
    void aContactMetAgainWithoutAGiftComesBackFromTheDatabase() {
        UserSnapshot.Contact asked = new UserSnapshot.Contact(Optional.of(FIRST), Optional.of(FIRST), false,
                Optional.of(AGAIN));
        UserSnapshot kept = Fixtures.snapshot(ALICE, 3).toBuilder().contacts(Map.of("p-00000000b1", asked)).build();
        StorageConfig config = StorageConfig.sqlite(dir);
        try (Storage storage = JdbcStorage.open(config, pseudonyms, Clock.systemUTC())) {
            storage.engineState().saveAll(List.of(kept));
        }
        try (Storage storage = JdbcStorage.open(config, pseudonyms, Clock.systemUTC())) {
            UserSnapshot back = storage.engineState().load(ALICE, Fixtures.GUILD).orElseThrow();
            assertThat(back.version()).isEqualTo(17);
            assertThat(back.contacts().get("p-00000000b1").metAgain()).contains(AGAIN);
            assertThat(back).isEqualTo(kept);
        }
    }

    @Test
    void aVersion16DocumentLoadsWithNoUntoldMeetingAndNoneIsWrittenWhereThereIsNone() throws SQLException {
        UserSnapshot v16 = Fixtures.snapshot(ALICE, 3);
        StorageConfig config = StorageConfig.sqlite(dir);
        try (Storage storage = JdbcStorage.open(config, pseudonyms, Clock.systemUTC())) {
            storage.engineState().saveAll(List.of(v16));
        }
        assertThat(OlderDocuments.storedState(config)).doesNotContain("metAgain");
        OlderDocuments.markStoredAs(config, 16);
        try (Storage storage = JdbcStorage.open(config, pseudonyms, Clock.systemUTC())) {
            UserSnapshot back = storage.engineState().load(ALICE, Fixtures.GUILD).orElseThrow();
            assertThat(back.version()).isEqualTo(16);
            assertThat(back.contacts().values()).allSatisfy(contact -> assertThat(contact.metAgain()).isEmpty());
            assertThat(back.toBuilder().version(UserSnapshot.VERSION).build()).isEqualTo(v16);
        }
    }
}
