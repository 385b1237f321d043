package dev.rapport.bot.storage.jdbc;

import dev.rapport.bot.storage.Storage;
import dev.rapport.bot.storage.config.StorageConfig;
import dev.rapport.bot.storage.support.EngineScript;
import dev.rapport.bot.storage.support.Fixtures;
import dev.rapport.bot.storage.support.OlderDocuments;
import dev.rapport.bot.storage.support.QuietLogs;
import dev.rapport.rules.engine.CommunitySnapshot;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.engine.UserSnapshot;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Person document version 15 in a real SQLite database: the message a waiting question replied to ({@code thread}) and
 * the person's latest sign-up for a share of someone's call come back as saved; a version 14 document, which kept
 * neither, still loads, with no thread and no sign-up. Community document version 15's mark of a kept message as its
 * author's own post to the room comes back too.
 */
class SnapshotVersion15StorageTest {
    private static final UserId ALICE = UserId.of("alice-1001");

    private final Pseudonyms pseudonyms = new Pseudonyms(Fixtures.SECRET);

    @TempDir
    Path dir;

    @BeforeAll
    static void quiet() {
        QuietLogs.apply();
    }

    @Test
    void aQuestionsThreadAndTheSignUpComeBackFromTheDatabase() {
        UserSnapshot plain = Fixtures.snapshot(ALICE, 3);
        UserSnapshot.Waiting w = plain.waiting().get(0);
        UserSnapshot.Waiting underJo = new UserSnapshot.Waiting(w.message(), w.from(), w.audience(), w.channel(),
                w.since(), w.week(), w.community(), w.overdue(), w.deferred(), w.back(), w.team(), w.graceEnds(),
                Optional.of(new UserSnapshot.Heard(List.of(), false, false, true, false, Optional.empty(), List.of(),
                        List.of(), Optional.of(MessageId.of("jo-asks-9001")))));
        UserSnapshot kept = plain.toBuilder().waiting(List.of(underJo))
                .signedUp(Optional.of(new UserSnapshot.SignUp(MessageId.of("in-9002"), "p-00000000a1"))).build();
        StorageConfig config = StorageConfig.sqlite(dir);
        try (Storage storage = JdbcStorage.open(config, pseudonyms, Clock.systemUTC())) {
            storage.engineState().saveAll(List.of(kept));
        }
        try (Storage storage = JdbcStorage.open(config, pseudonyms, Clock.systemUTC())) {
            UserSnapshot back = storage.engineState().load(ALICE, Fixtures.GUILD).orElseThrow();
            assertThat(back).isEqualTo(kept);
            assertThat(back.version()).isEqualTo(UserSnapshot.VERSION);
            assertThat(back.waiting().get(0).heard().orElseThrow().thread()).contains(MessageId.of("jo-asks-9001"));
            assertThat(back.signedUp()).contains(new UserSnapshot.SignUp(MessageId.of("in-9002"), "p-00000000a1"));
        }
    }

    @Test
    void aVersion14DocumentLoadsWithNoThreadAndNoSignUp() throws SQLException {
        UserSnapshot plain = Fixtures.snapshot(ALICE, 3);
        UserSnapshot.Waiting w = plain.waiting().get(0);
        // A question put with a word wanted, as version 14 kept it: how it was put, but not what it replied to.
        UserSnapshot.Waiting put = new UserSnapshot.Waiting(w.message(), w.from(), w.audience(), w.channel(),
                w.since(), w.week(), w.community(), w.overdue(), w.deferred(), w.back(), w.team(), w.graceEnds(),
                Optional.of(new UserSnapshot.Heard(List.of(), false, true, true, false, Optional.empty(), List.of(),
                        List.of())));
        UserSnapshot v14 = plain.toBuilder().waiting(List.of(put)).build();
        StorageConfig config = StorageConfig.sqlite(dir);
        try (Storage storage = JdbcStorage.open(config, pseudonyms, Clock.systemUTC())) {
            storage.engineState().saveAll(List.of(v14));
        }
        OlderDocuments.markStoredAs(config, 14);
        try (Storage storage = JdbcStorage.open(config, pseudonyms, Clock.systemUTC())) {
            UserSnapshot back = storage.engineState().load(ALICE, Fixtures.GUILD).orElseThrow();
            assertThat(back.version()).isEqualTo(14);
            assertThat(back.signedUp()).isEmpty();
            assertThat(back.waiting()).singleElement().satisfies(q -> {
                assertThat(q.heard().orElseThrow().thread()).isEmpty();
                assertThat(q.heard().orElseThrow().wordsWanted()).isTrue();
            });
            assertThat(back.toBuilder().version(UserSnapshot.VERSION).build()).isEqualTo(v14);
        }
    }

    @Test
    void aKeptMessageMarkedAsItsAuthorsPostToTheRoomComesBackFromTheDatabase() {
        UserId bob = UserId.of("bob-2002");
        EngineScript script = new EngineScript(pseudonyms, ALICE, bob, UserId.of("carol-3003"),
                ZoneId.of("Europe/Berlin")).busyHour("m", Instant.parse("2026-02-02T10:00:00Z"));
        CommunitySnapshot community = script.engine().communitySnapshot(Fixtures.GUILD).orElseThrow();
        CommunitySnapshot.Message post = new CommunitySnapshot.Message(MessageId.of("9100"), pseudonyms.of(ALICE),
                Instant.parse("2026-02-02T11:00:00Z"), 42, List.of(), false, false, false, true);
        CommunitySnapshot marked = community.withKept(community.teamQuestions(), List.of(post),
                community.conversations());
        StorageConfig config = StorageConfig.sqlite(dir);
        try (Storage storage = JdbcStorage.open(config, pseudonyms, Clock.systemUTC())) {
            storage.engineState().saveAll(List.of(), List.of(marked));
        }
        try (Storage storage = JdbcStorage.open(config, pseudonyms, Clock.systemUTC())) {
            CommunitySnapshot back = storage.engineState().communities().get(0);
            assertThat(back.messages()).singleElement().satisfies(m -> assertThat(m.toTheRoom()).isTrue());
            assertThat(back).isEqualTo(marked);
        }
    }
}
