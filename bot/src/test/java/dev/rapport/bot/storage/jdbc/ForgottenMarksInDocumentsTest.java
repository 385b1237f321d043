package dev.rapport.bot.storage.jdbc;

import dev.rapport.bot.storage.config.StorageConfig;
import dev.rapport.bot.storage.privacy.ForgottenPeople;
import dev.rapport.bot.storage.support.Fixtures;
import dev.rapport.bot.storage.support.QuietLogs;
import dev.rapport.bot.storage.support.TickingClock;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.engine.UserSnapshot;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pseudonyms of people forgotten lately are found in any document a save writes, wherever they stand, and only
 * theirs: also when the same document is looked at again (its other pseudonyms, found unmarked the first time, are
 * not hashed again), and when someone found unmarked before is forgotten afterwards.
 */
class ForgottenMarksInDocumentsTest {
    @TempDir
    Path dir;
    private final Pseudonyms pseudonyms = new Pseudonyms(Fixtures.SECRET);
    private JdbcStorage storage;
    private final String ana = pseudonyms.of(UserId.of("ana"));
    private final String bob = pseudonyms.of(UserId.of("bob"));
    private final String cleo = pseudonyms.of(UserId.of("cleo"));

    @BeforeAll
    static void quiet() {
        QuietLogs.apply();
    }

    @BeforeEach
    void open() {
        storage = JdbcStorage.open(StorageConfig.sqlite(dir), pseudonyms,
                new TickingClock(Instant.parse("2026-02-02T10:00:00Z")));
    }

    @AfterEach
    void close() {
        storage.close();
    }

    /** A coached person's state whose contacts are {@code people}. */
    private static UserSnapshot naming(String... people) {
        UserSnapshot s = Fixtures.snapshot(UserId.of("dana"), 3);
        Map<String, UserSnapshot.Contact> contacts = new LinkedHashMap<>();
        for (String p : people) {
            contacts.put(p, new UserSnapshot.Contact(Optional.of(Instant.parse("2026-02-02T09:00:00Z")),
                    Optional.empty()));
        }
        return s.toBuilder().contacts(contacts).build();
    }

    @Test
    void onlyTheForgottenPersonsPseudonymIsFoundAndLookingAgainFindsTheSame() {
        storage.personalData().forget(UserId.of("bob"));
        ForgottenPeople lately = storage.personalData().forgottenLately();

        assertThat(lately.in(naming(ana, bob, cleo))).containsExactly(bob);
        assertThat(lately.in(naming(ana, cleo, bob, bob))).containsExactly(bob);
        assertThat(lately.in(naming(ana, cleo))).isEmpty();
    }

    @Test
    void someoneFoundUnmarkedBeforeIsFoundOnceTheyAreForgottenToo() {
        storage.personalData().forget(UserId.of("bob"));
        assertThat(storage.personalData().forgottenLately().in(naming(ana, bob))).containsExactly(bob);

        storage.personalData().forget(UserId.of("ana"));

        assertThat(storage.personalData().forgottenLately().in(naming(ana, bob))).containsExactlyInAnyOrder(ana, bob);
    }

    @Test
    void textThatOnlyLooksLikeAPseudonymIsNoneAndAPseudonymInsideOtherTextIsFound() {
        storage.personalData().forget(UserId.of("bob"));
        ForgottenPeople lately = storage.personalData().forgottenLately();

        assertThat(lately.in(naming("p-", "p-12", bob.toUpperCase(java.util.Locale.ROOT), "x" + bob + "y")))
                .containsExactly(bob);
    }

    @Test
    void nobodyForgottenFindsNothing() {
        assertThat(storage.personalData().forgottenLately().in(naming(ana, bob))).isEmpty();
    }
}
