package dev.rapport.bot.storage;

import dev.rapport.bot.storage.config.StorageConfig;
import dev.rapport.bot.storage.jdbc.JdbcStorage;
import dev.rapport.bot.storage.support.PostgresExtension;
import dev.rapport.bot.storage.support.QuietLogs;
import dev.rapport.bot.storage.support.SharedPostgres;
import dev.rapport.bot.storage.support.Traces;
import dev.rapport.rules.engine.CoachEngine;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.engine.UserSnapshot;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.promo.PromoVerdict;
import dev.rapport.rules.rule.RuleCatalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pseudonyms are unique per installation, through restarts and across processes sharing one database. Under this
 * test's secret each pair of ids below has digests beginning with the same 40 bits (found by hashing ids until two
 * clashed): without claims each pair would share one pseudonym.
 */
@ExtendWith(PostgresExtension.class)
class PseudonymClaimsStorageTest {
    private static final byte[] SECRET = "pseudonym clash test secret".getBytes(StandardCharsets.UTF_8);
    private static final UserId[][] CLASHES = {
            {UserId.of("member 630837"), UserId.of("member 991519")},
            {UserId.of("member 941322"), UserId.of("member 1335749")},
            {UserId.of("member 1394594"), UserId.of("member 2441008")},
    };
    private static final String[] CLASHING = {"1d12b799a5", "2d374efe14", "7d2cd18e5a"};
    private static final UserId ANA = UserId.of("ana");
    private static final CommunityId GUILD = CommunityId.of("guild-1");
    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    @TempDir
    Path dir;

    @BeforeAll
    static void quiet() {
        QuietLogs.apply();
    }

    private static Storage open(StorageConfig config) {
        return JdbcStorage.open(config, new Pseudonyms(SECRET), Clock.systemUTC());
    }

    @Test
    void twoProcessesOnOnePostgresGiveAClashTheSameResolution(SharedPostgres pg) throws Exception {
        StorageConfig config = pg.newMigratedDatabaseConfig(dir).withPoolSize(2);
        try (Storage a = open(config); Storage b = open(config)) {
            UserId first = CLASHES[0][0];
            UserId second = CLASHES[0][1];

            assertThat(a.pseudonyms().of(first)).isEqualTo("p-" + CLASHING[0]);
            assertThat(b.pseudonyms().of(second)).isEqualTo("p-1d12b799a6");
            // Each process now names both as the other does, whoever it met first.
            assertThat(b.pseudonyms().of(first)).isEqualTo("p-" + CLASHING[0]);
            assertThat(a.pseudonyms().of(second)).isEqualTo("p-1d12b799a6");
        }
        // And after a restart, asked in the other order.
        try (Storage again = open(config)) {
            assertThat(again.pseudonyms().of(CLASHES[0][1])).isEqualTo("p-1d12b799a6");
            assertThat(again.pseudonyms().of(CLASHES[0][0])).isEqualTo("p-" + CLASHING[0]);
        }
    }

    /** Both processes meet both people of a clash at the same moment, in opposite orders: they still agree. */
    @Test
    void twoProcessesRacingForAClashAgree(SharedPostgres pg) throws Exception {
        StorageConfig config = pg.newMigratedDatabaseConfig(dir).withPoolSize(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Storage a = open(config); Storage b = open(config)) {
            for (UserId[] clash : CLASHES) {
                CyclicBarrier start = new CyclicBarrier(2);
                Future<List<String>> fa = pool.submit(() -> {
                    start.await();
                    return List.of(a.pseudonyms().of(clash[0]), a.pseudonyms().of(clash[1]));
                });
                Future<List<String>> fb = pool.submit(() -> {
                    start.await();
                    String second = b.pseudonyms().of(clash[1]);
                    return List.of(b.pseudonyms().of(clash[0]), second);
                });
                List<String> seenByA = fa.get(20, TimeUnit.SECONDS);
                List<String> seenByB = fb.get(20, TimeUnit.SECONDS);

                assertThat(seenByB).isEqualTo(seenByA);
                assertThat(seenByA.get(0)).isNotEqualTo(seenByA.get(1));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoProcessesOnOneSqliteFileGiveAClashTheSameResolution() {
        StorageConfig config = StorageConfig.sqlite(dir);
        try (Storage a = open(config); Storage b = open(config)) {
            assertThat(b.pseudonyms().of(CLASHES[1][1])).isEqualTo("p-" + CLASHING[1]);
            assertThat(a.pseudonyms().of(CLASHES[1][0])).isEqualTo("p-2d374efe15");
            assertThat(a.pseudonyms().of(CLASHES[1][1])).isEqualTo("p-" + CLASHING[1]);
        }
    }

    /**
     * The merge a clash caused: Ana's contacts with two people counted as one person's. Saved and taken back, they
     * stay two; each one's export finds their own mention, and forgetting one leaves the other.
     */
    @Test
    void twoClashingContactsStayTwoThroughARestartAnExportAndAForget(SharedPostgres pg) throws Exception {
        StorageConfig config = pg.newMigratedDatabaseConfig(dir);
        UserId first = CLASHES[2][0];
        UserId second = CLASHES[2][1];
        try (Storage s = open(config)) {
            CoachEngine engine = engine(s.pseudonyms());
            engine.accept(thanks("1", first, T0));
            engine.accept(thanks("2", second, T0.plusSeconds(60)));
            s.engineState().save(engine.snapshot(ANA, GUILD).orElseThrow());
        }
        String firstPseudonym = "p-" + CLASHING[2];
        String secondPseudonym = "p-7d2cd18e5b";
        try (Storage s = open(config)) {
            UserSnapshot saved = s.engineState().load(ANA, GUILD).orElseThrow();
            assertThat(saved.contacts()).containsOnlyKeys(firstPseudonym, secondPseudonym);
            CoachEngine restarted = engine(s.pseudonyms());
            restarted.restore(saved);
            restarted.accept(thanks("3", second, T0.plusSeconds(120)));
            assertThat(restarted.snapshot(ANA, GUILD).orElseThrow().contacts())
                    .containsOnlyKeys(firstPseudonym, secondPseudonym);

            assertThat(s.personalData().export(second)).contains("\"pseudonym\" : \"" + secondPseudonym + "\"")
                    .contains("\"engineStatesMentioningYou\" : 1");
            s.personalData().forget(second);

            assertThat(s.engineState().load(ANA, GUILD).orElseThrow().contacts()).containsOnlyKeys(firstPseudonym);
            try (Connection c = raw(config)) {
                assertThat(Traces.of(c, second.value(), secondPseudonym)).isEmpty();
                assertThat(Traces.of(c, second.value(), java.util.HexFormat.of()
                        .formatHex(s.pseudonyms().digest(second)))).isEmpty();
            }
        }
        // The forgotten person's number stays out of anyone else's reach: met again, they are someone new.
        try (Storage s = open(config)) {
            assertThat(s.pseudonyms().of(first)).isEqualTo(firstPseudonym);
            assertThat(s.pseudonyms().of(second)).isNotIn(firstPseudonym, secondPseudonym);
        }
    }

    /**
     * Someone whose pseudonym clashed (they hold the next number) is forgotten through one process and opts in again
     * the same day: both processes name them alike afterwards, though one had their old number cached; neither by the
     * number of the person they clashed with, which stays theirs; and one claim row only is keyed to them.
     */
    @Test
    void someoneWhoseClaimClashedForgottenAndBackTheSameDayIsNamedAlikeByBothProcesses() throws Exception {
        StorageConfig config = StorageConfig.sqlite(dir);
        UserId first = CLASHES[2][0];
        UserId second = CLASHES[2][1];
        try (Storage a = open(config); Storage b = open(config)) {
            assertThat(a.pseudonyms().of(first)).isEqualTo("p-" + CLASHING[2]);
            assertThat(b.pseudonyms().of(second)).isEqualTo("p-7d2cd18e5b");

            a.personalData().forget(second);
            // B takes up the forget from the change feed as a running process does: it asks who was forgotten lately.
            b.personalData().forgottenLately();
            a.optIns().save(dev.rapport.bot.storage.optin.OptIn.consent("discord", second, GUILD, T0, ZoneOffset.UTC));
            String again = a.pseudonyms().of(second);

            assertThat(b.pseudonyms().of(second)).isEqualTo(again);
            assertThat(again).isNotIn("p-" + CLASHING[2], "p-7d2cd18e5b");
            assertThat(b.pseudonyms().of(first)).isEqualTo("p-" + CLASHING[2]);
            try (Connection c = raw(config); java.sql.PreparedStatement st = c.prepareStatement(
                    "SELECT COUNT(*) FROM pseudonym_claim WHERE digest = ?")) {
                st.setString(1, java.util.HexFormat.of().formatHex(a.pseudonyms().digest(second)));
                try (java.sql.ResultSet r = st.executeQuery()) {
                    r.next();
                    assertThat(r.getInt(1)).isEqualTo(1);
                }
            }
        }
    }

    /**
     * Rows written before claims existed (schema 15: a pseudonym was its digest's first five bytes) still name the
     * same people: someone nobody else holds the number of keeps it when first claimed.
     */
    @Test
    void stateStoredBeforeClaimsStillNamesTheSamePeople() throws Exception {
        StorageConfig config = StorageConfig.sqlite(dir);
        UserId bea = UserId.of("bea");
        String beaBefore;
        try (Storage s = open(config)) {
            CoachEngine engine = engine(s.pseudonyms());
            engine.accept(thanks("1", bea, T0));
            s.engineState().save(engine.snapshot(ANA, GUILD).orElseThrow());
            beaBefore = s.pseudonyms().of(bea);
        }
        try (Connection c = raw(config); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM pseudonym_claim");
        }
        try (Storage s = open(config)) {
            CoachEngine restarted = engine(s.pseudonyms());
            restarted.restore(s.engineState().load(ANA, GUILD).orElseThrow());
            restarted.accept(thanks("2", bea, T0.plusSeconds(60)));

            assertThat(restarted.snapshot(ANA, GUILD).orElseThrow().contacts()).containsOnlyKeys(beaBefore);
            assertThat(s.personalData().export(bea)).contains("\"engineStatesMentioningYou\" : 1");
        }
    }

    private static CoachEngine engine(Pseudonyms pseudonyms) {
        return CoachEngine.builder().rules(RuleCatalogue.standard().rules())
                .enrollment(user -> user.equals(ANA) ? Optional.of(ZoneOffset.UTC) : Optional.empty())
                .promoDetector(text -> PromoVerdict.NONE).pseudonyms(pseudonyms).build();
    }

    private static ChatMessage thanks(String id, UserId to, Instant at) {
        return ChatMessage.builder().id(id).at(at).in(GUILD.value(), "general").by(ANA.value()).mention(to.value())
                .text("thanks for the glaze tip").build();
    }

    private static Connection raw(StorageConfig config) throws SQLException {
        return config.url().startsWith("jdbc:sqlite")
                ? DriverManager.getConnection(config.url())
                : DriverManager.getConnection(config.url(), SharedPostgres.APP_USER, SharedPostgres.APP_PASSWORD);
    }
}
