package dev.rapport.bot.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.bot.storage.config.StorageConfig;
import dev.rapport.bot.storage.jdbc.JdbcStorage;
import dev.rapport.bot.storage.ledger.DeliveryChannel;
import dev.rapport.bot.storage.ledger.Feedback;
import dev.rapport.bot.storage.ledger.TipRecord;
import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.bot.storage.optin.QuietHours;
import dev.rapport.bot.storage.optin.TipFrequency;
import dev.rapport.bot.storage.privacy.ForgetReport;
import dev.rapport.bot.storage.state.PruneReport;
import dev.rapport.bot.storage.support.EngineScript;
import dev.rapport.bot.storage.support.Fixtures;
import dev.rapport.bot.storage.support.QuietLogs;
import dev.rapport.rules.engine.CommunitySnapshot;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.engine.UserSnapshot;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeeklyStats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every storage backend must do, run against real SQLite and real PostgreSQL by the subclasses. Each test
 * gets a fresh, empty database.
 */
abstract class StorageContractTest {
    static final Instant T0 = Instant.parse("2026-02-02T10:00:00Z");
    static final IsoWeek W6 = IsoWeek.parse("2026-W06");
    static final UserId ALICE = UserId.of("alice-1001");
    static final UserId BOB = UserId.of("bob-2002");
    static final UserId CAROL = UserId.of("carol-3003");
    static final CommunityId GUILD = CommunityId.of("guild-1");

    final Pseudonyms pseudonyms = new Pseudonyms(Fixtures.SECRET);
    private final List<Storage> opened = new ArrayList<>();
    StorageConfig config;

    /** A configuration pointing at a fresh, empty database. */
    abstract StorageConfig freshDatabase();

    /**
     * A configuration pointing at a fresh database, empty or with this build's schema already in place (a copy, which
     * is cheaper than migrating): where opening it is not what the test is about.
     */
    StorageConfig migratedDatabase() {
        return freshDatabase();
    }

    /** A plain JDBC connection to the database of {@code config}, outside the storage layer. */
    abstract Connection raw(StorageConfig config) throws SQLException;

    /** The names of all tables in the database, from its catalog. */
    abstract List<String> tables(Connection c) throws SQLException;

    @BeforeAll
    static void quiet() {
        QuietLogs.apply();
    }

    Storage storage() {
        if (config == null) {
            config = migratedDatabase();
        }
        return open(config);
    }

    Storage open(StorageConfig c) {
        Storage s = JdbcStorage.open(c, pseudonyms, Clock.systemUTC());
        opened.add(s);
        return s;
    }

    @AfterEach
    void closeAll() {
        opened.forEach(Storage::close);
    }

    @Test
    void optInKeepsEveryPreference() {
        Storage s = storage();
        OptIn in = OptIn.consent("discord", ALICE, GUILD, T0, ZoneId.of("Europe/Berlin"))
                .withDigest(DayOfWeek.FRIDAY, 17).withQuietHours(Optional.of(new QuietHours(22, 7)))
                .withFrequency(TipFrequency.DAILY).muting(RuleId.LINKS_SHARE).snoozing(RuleId.ONEWAY_ASKS, T0.plusSeconds(3600));
        s.optIns().save(in);
        assertThat(s.optIns().find("discord", ALICE, GUILD)).contains(in);
    }

    @Test
    void aChosenGoalIsKeptAndCanBeTakenBackToNotSaid() {
        Storage s = storage();
        OptIn learner = OptIn.consent("discord", ALICE, GUILD, T0, ZoneId.of("UTC"))
                .withGoal(Optional.of(dev.rapport.rules.config.Goal.LEARN));
        s.optIns().save(learner);
        assertThat(s.optIns().find("discord", ALICE, GUILD)).hasValueSatisfying(o ->
                assertThat(o.goal()).contains(dev.rapport.rules.config.Goal.LEARN));

        s.optIns().save(learner.withGoal(Optional.empty()));
        assertThat(s.optIns().find("discord", ALICE, GUILD)).hasValueSatisfying(o -> assertThat(o.goal()).isEmpty());
    }

    @Test
    void goalsAreCountedPerCommunityByTheDatabase() {
        Storage s = storage();
        s.optIns().save(OptIn.consent("discord", ALICE, GUILD, T0, ZoneId.of("UTC"))
                .withGoal(Optional.of(dev.rapport.rules.config.Goal.LEARN)));
        s.optIns().save(OptIn.consent("discord", BOB, GUILD, T0, ZoneId.of("UTC")));
        s.optIns().save(OptIn.consent("discord", CAROL, GUILD, T0, ZoneId.of("UTC"))
                .withGoal(Optional.of(dev.rapport.rules.config.Goal.LEARN)));
        s.optIns().save(OptIn.consent("discord", CAROL, CommunityId.of("other"), T0, ZoneId.of("UTC"))
                .withGoal(Optional.of(dev.rapport.rules.config.Goal.KEEP_CUSTOMERS)));

        var counts = s.optIns().goalCounts("discord", GUILD);

        assertThat(counts.of(dev.rapport.rules.config.Goal.LEARN)).isEqualTo(2);
        assertThat(counts.of(dev.rapport.rules.config.Goal.KEEP_CUSTOMERS)).isZero();
        assertThat(counts.notSaid()).isEqualTo(1);
    }

    @Test
    void theExportSaysWhichGoalThePersonChose() throws Exception {
        Storage s = storage();
        s.optIns().save(OptIn.consent("discord", ALICE, GUILD, T0, ZoneId.of("UTC"))
                .withGoal(Optional.of(dev.rapport.rules.config.Goal.FIND_COLLABORATORS)));
        JsonNode export = new ObjectMapper().readTree(s.personalData().export(ALICE));
        assertThat(export.path("optIns").get(0).path("goal").asText()).isEqualTo("find-collaborators");
    }

    @Test
    void savingAnOptInAgainReplacesMutesAndSnoozes() {
        Storage s = storage();
        OptIn first = OptIn.consent("discord", ALICE, GUILD, T0, ZoneId.of("UTC")).muting(RuleId.LINKS_SHARE)
                .snoozing(RuleId.ONEWAY_ASKS, T0);
        s.optIns().save(first);
        OptIn second = OptIn.consent("discord", ALICE, GUILD, T0, ZoneId.of("UTC")).muting(RuleId.PROMO_SELF);
        s.optIns().save(second);
        assertThat(s.optIns().ofUser(ALICE)).containsExactly(second);
    }

    @Test
    void withdrawingConsentRemovesTheOptInWithItsMutes() throws SQLException {
        Storage s = storage();
        s.optIns().save(OptIn.consent("discord", ALICE, GUILD, T0, ZoneId.of("UTC")).muting(RuleId.LINKS_SHARE));
        assertThat(s.optIns().remove("discord", ALICE, GUILD)).isTrue();
        assertThat(s.optIns().all()).isEmpty();
        try (Connection c = raw(config); Statement st = c.createStatement();
             ResultSet r = st.executeQuery("SELECT COUNT(*) FROM opt_in_muted_rule")) {
            r.next();
            assertThat(r.getInt(1)).isZero();
        }
    }

    @Test
    void communitySettingsRoundTrip() {
        Storage s = storage();
        s.communitySettings().save(GUILD, Fixtures.community());
        assertThat(s.communitySettings().find(GUILD)).contains(Fixtures.community());
        assertThat(s.communitySettings().all()).containsOnlyKeys(GUILD);
    }

    @Test
    void savingAWeekAgainReplacesItInsteadOfAddingUp() {
        Storage s = storage();
        s.weeklyStats().save(ALICE, Fixtures.GUILD, W6, Fixtures.stats(10, "p-aaaaaaaaaa"));
        s.weeklyStats().save(ALICE, Fixtures.GUILD, W6, Fixtures.stats(12, "p-bbbbbbbbbb"));
        assertThat(s.weeklyStats().find(ALICE, Fixtures.GUILD, W6)).contains(Fixtures.stats(12, "p-bbbbbbbbbb"));
    }

    @Test
    void weeksComeBackInOrderWithinTheRange() {
        Storage s = storage();
        IsoWeek w1 = IsoWeek.parse("2025-W52");
        IsoWeek w2 = IsoWeek.parse("2026-W01");
        IsoWeek w3 = IsoWeek.parse("2026-W02");
        s.weeklyStats().save(ALICE, Fixtures.GUILD, w3, Fixtures.stats(3));
        s.weeklyStats().save(ALICE, Fixtures.GUILD, w1, Fixtures.stats(1));
        s.weeklyStats().save(ALICE, Fixtures.GUILD, w2, Fixtures.stats(2));
        s.weeklyStats().save(BOB, Fixtures.GUILD, w2, Fixtures.stats(9));
        assertThat(s.weeklyStats().range(ALICE, Fixtures.GUILD, w1, w2).keySet()).containsExactly(w1, w2);
        assertThat(s.weeklyStats().range(ALICE, Fixtures.GUILD, w1, w3).get(w3).messages()).isEqualTo(3);
    }

    @Test
    void everyonesWeeksComeOnePersonAndCommunityAtATimeInIdOrderWithinTheRange() {
        Storage s = storage();
        IsoWeek w1 = IsoWeek.parse("2025-W52");
        IsoWeek w2 = IsoWeek.parse("2026-W01");
        IsoWeek w3 = IsoWeek.parse("2026-W02");
        CommunityId other = CommunityId.of("guild-2");
        s.weeklyStats().save(BOB, Fixtures.GUILD, w2, Fixtures.stats(9));
        s.weeklyStats().save(ALICE, Fixtures.GUILD, w3, Fixtures.stats(3));
        s.weeklyStats().save(ALICE, Fixtures.GUILD, w1, Fixtures.stats(1));
        s.weeklyStats().save(ALICE, Fixtures.GUILD, w2, Fixtures.stats(2));
        s.weeklyStats().save(ALICE, other, w2, Fixtures.stats(4));
        s.weeklyStats().save(BOB, Fixtures.GUILD, w1, Fixtures.stats(8));
        List<String> seen = new java.util.ArrayList<>();

        s.weeklyStats().forEachPerson(w2, w3, (user, community, weeks) -> seen.add(user.value() + " "
                + community.value() + " " + weeks.keySet() + " "
                + weeks.values().stream().map(w -> Integer.toString(w.messages())).toList()));

        List<String> expected = new java.util.ArrayList<>(List.of(
                ALICE.value() + " " + Fixtures.GUILD.value() + " [2026-W01, 2026-W02] [2, 3]",
                ALICE.value() + " guild-2 [2026-W01] [4]",
                BOB.value() + " " + Fixtures.GUILD.value() + " [2026-W01] [9]"));
        java.util.Collections.sort(expected);
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void everyonesWeeksOfAnEmptyRangeVisitNobody() {
        Storage s = storage();
        s.weeklyStats().save(ALICE, Fixtures.GUILD, W6, Fixtures.stats(10));
        List<String> seen = new java.util.ArrayList<>();
        s.weeklyStats().forEachPerson(W6.next(), W6.next(), (user, community, weeks) -> seen.add(user.value()));
        assertThat(seen).isEmpty();
    }

    @Test
    void anEngineSnapshotComesBackExactlyAsTheEngineMadeIt() {
        Storage s = storage();
        UserSnapshot alice = script().busyHour("m", T0).snapshot(ALICE);
        s.engineState().save(alice);
        assertThat(s.engineState().load(ALICE, Fixtures.GUILD)).contains(alice);
        assertThat(s.engineState().load(BOB, Fixtures.GUILD)).isEmpty();
    }

    @Test
    void aPersonsStateInTwoCommunitiesIsKeptApart() throws SQLException {
        Storage s = storage();
        CommunityId other = CommunityId.of("guild-2");
        UserSnapshot here = script().busyHour("m", T0).snapshot(ALICE);
        UserSnapshot there = Fixtures.snapshot(ALICE, 5).inCommunity(other);
        s.engineState().save(here);
        s.engineState().save(there);
        // Another process saving its community later replaces nothing of this one's.
        UserSnapshot thereLater = Fixtures.snapshot(ALICE, 6).inCommunity(other);
        s.engineState().save(thereLater);
        assertThat(s.engineState().load(ALICE, GUILD)).contains(here);
        assertThat(s.engineState().load(ALICE, other)).contains(thereLater);
        assertThat(s.engineState().ofUser(ALICE)).containsExactly(here, thereLater);
        assertThat(count("SELECT COUNT(*) FROM engine_state")).isEqualTo(2);

        s.weeklyStats().save(ALICE, GUILD, W6, Fixtures.stats(3));
        s.weeklyStats().save(ALICE, other, W6, Fixtures.stats(4));
        assertThat(s.weeklyStats().find(ALICE, GUILD, W6)).contains(Fixtures.stats(3));
        assertThat(s.weeklyStats().find(ALICE, other, W6)).contains(Fixtures.stats(4));
    }

    @Test
    void stateKeptPerPersonBeforeIsKeptUnderTheCommunityOfTheirLastMessage() throws Exception {
        config = freshDatabase();
        String vendor = config.url().startsWith("jdbc:postgresql:") ? "postgresql" : "sqlite";
        if (vendor.equals("sqlite")) {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of(config.url().substring("jdbc:sqlite:".length())
                    .replaceAll("\\?.*", "")).getParent());
        }
        org.flywaydb.core.Flyway.configure().dataSource(config.url(), config.user().orElse(null),
                        config.password().isEmpty() ? null : config.password().reveal())
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .table("rapport_schema_history").target("5").load().migrate();
        UserSnapshot alice = script().busyHour("m", T0).snapshot(ALICE);
        // As the engine wrote it before: one document per person; bob's names no community (he only received).
        UserSnapshot bob = Fixtures.snapshot(BOB, 2);
        bob = bob.toBuilder().community(Optional.empty()).build();
        String aliceJson = new dev.rapport.bot.storage.jdbc.SnapshotDocuments().write(alice);
        String bobJson = new dev.rapport.bot.storage.jdbc.SnapshotDocuments().write(bob);
        try (Connection c = raw(config); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO engine_state (user_id, version, state, updated_at) VALUES ('" + ALICE.value()
                    + "', 1, '" + aliceJson.replace("'", "''") + "', 1)");
            st.executeUpdate("INSERT INTO engine_state (user_id, version, state, updated_at) VALUES ('" + BOB.value()
                    + "', 1, '" + bobJson.replace("'", "''") + "', 1)");
            st.executeUpdate("INSERT INTO opt_in (platform, user_id, community_id, consent_at, zone, digest_day, "
                    + "digest_hour, tip_frequency) VALUES ('discord', '" + BOB.value() + "', 'guild-9', 5, 'UTC', 1, 9, 'REALTIME')");
        }
        Storage s = open(config);
        assertThat(s.engineState().load(ALICE, GUILD)).contains(alice);
        assertThat(s.engineState().load(BOB, CommunityId.of("guild-9")))
                .hasValueSatisfying(b -> assertThat(b.weeks()).isEqualTo(Fixtures.snapshot(BOB, 2).weeks()));
    }

    @Test
    void savingAnEngineSnapshotAgainReplacesIt() throws SQLException {
        Storage s = storage();
        EngineScript script = script().busyHour("m", T0);
        s.engineState().save(script.snapshot(ALICE));
        UserSnapshot later = script.busyHour("n", T0.plus(Duration.ofDays(1))).snapshot(ALICE);
        s.engineState().save(later);
        assertThat(s.engineState().load(ALICE, Fixtures.GUILD)).contains(later);
        assertThat(count("SELECT COUNT(*) FROM engine_state")).isEqualTo(1);
    }

    @Test
    void savingTheSameSnapshotTwiceChangesNothing() throws SQLException {
        Storage s = storage();
        UserSnapshot alice = script().busyHour("m", T0).snapshot(ALICE);
        s.engineState().save(alice);
        String first = stateOf(ALICE);
        s.engineState().save(alice);
        assertThat(s.engineState().all()).containsExactly(alice);
        assertThat(stateOf(ALICE)).isEqualTo(first);
    }

    @Test
    void saveAllKeepsEveryonesSnapshotAndAllReturnsThem() {
        Storage s = storage();
        List<UserSnapshot> everyone = script().busyHour("m", T0).snapshots();
        s.engineState().saveAll(everyone);
        assertThat(s.engineState().all()).containsExactlyInAnyOrderElementsOf(everyone);
    }

    @Test
    void aBatchWithASnapshotThisBuildCannotLabelSavesNothing() {
        Storage s = storage();
        List<UserSnapshot> everyone = new ArrayList<>(script().busyHour("m", T0).snapshots());
        UserSnapshot carol = everyone.remove(2);
        everyone.add(withVersion(carol, UserSnapshot.VERSION + 1));
        assertThatThrownBy(() -> s.engineState().saveAll(everyone)).hasMessageContaining("claims version");
        assertThat(s.engineState().all()).isEmpty();
    }

    @Test
    void aSnapshotWrittenByANewerRapportIsRefusedNamingBothVersions() throws SQLException {
        Storage s = storage();
        s.engineState().save(script().busyHour("m", T0).snapshot(ALICE));
        // The next major format (a hundred versions make one): newer versions of the same one are read.
        int newer = UserSnapshot.VERSION + 100;
        try (Connection c = raw(config); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE engine_state SET version = " + newer
                    + ", state = REPLACE(state, '\"version\":" + UserSnapshot.VERSION + "', '\"version\":" + newer + "')");
        }
        assertThatThrownBy(() -> s.engineState().load(ALICE, Fixtures.GUILD))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining(ALICE.value())
                .hasMessageContaining("snapshot version " + newer)
                .hasMessageContaining("up to version 99")
                .hasMessageContaining("newer Rapport");
        assertThatThrownBy(() -> s.engineState().all()).isInstanceOf(StorageException.class)
                .hasMessageContaining("newer Rapport");
    }

    @Test
    void theEngineStateKeepsNoTextAndNoIdOfAnyoneElse() throws SQLException {
        Storage s = storage();
        s.engineState().saveAll(script().busyHour("m", T0).snapshots());
        String alice = stateOf(ALICE);
        assertThat(alice).contains(pseudonyms.of(BOB), "shop.example/sale")
                .doesNotContain(BOB.value(), CAROL.value(), "Canada", "our sale", "pricing course");
        assertThat(rowsMentioning("Canada")).isEmpty();
    }

    @Test
    void anEngineRestoredFromStorageReportsTheSameWeek() {
        Storage s = storage();
        EngineScript before = script().busyHour("m", T0);
        s.engineState().saveAll(before.snapshots());
        IsoWeek week = before.engine().weeksOf(ALICE).get(0);

        EngineScript after = script();
        s.engineState().all().forEach(after.engine()::restore);
        assertThat(after.engine().report(ALICE, week)).isEqualTo(before.engine().report(ALICE, week));
    }

    @Test
    void tipLedgerKeepsEvidenceAndFeedback() {
        Storage s = storage();
        TipRecord tip = s.tips().recordSent(Fixtures.finding(ALICE, W6, T0, pseudonyms.of(BOB)), T0, DeliveryChannel.DM);
        assertThat(s.tips().feedback(tip.id(), Feedback.HELPFUL)).isTrue();
        TipRecord stored = s.tips().find(tip.id()).orElseThrow();
        assertThat(stored.feedback()).contains(Feedback.HELPFUL);
        assertThat(stored.evidence()).contains(Fixtures.finding(ALICE, W6, T0, pseudonyms.of(BOB)).evidence());
        assertThat(s.tips().countSince(ALICE, RuleId.LINKS_BURST, T0)).isEqualTo(1);
        assertThat(s.tips().countSince(ALICE, RuleId.LINKS_BURST, T0.plusSeconds(1))).isZero();
    }

    @Test
    void aTipWaitingForClosedDmsIsRecordedAsWaitingUntilShown() {
        Storage s = storage();
        TipRecord tip = s.tips().recordSent(Fixtures.finding(ALICE, W6, T0), T0, DeliveryChannel.DM);
        assertThat(s.tips().deliveredBy(tip.id(), DeliveryChannel.WAITING)).isTrue();
        assertThat(s.tips().find(tip.id()).orElseThrow().channel()).isEqualTo(DeliveryChannel.WAITING);
        assertThat(s.tips().deliveredBy(tip.id(), DeliveryChannel.EPHEMERAL)).isTrue();
        assertThat(s.tips().ofUser(ALICE)).extracting(TipRecord::channel).containsExactly(DeliveryChannel.EPHEMERAL);
        assertThat(s.tips().deliveredBy("no-such-tip", DeliveryChannel.EPHEMERAL)).isFalse();
    }

    @Test
    void theTipLedgerStoresNoWordsOfTheTip() throws SQLException {
        Storage s = storage();
        s.tips().recordSent(Fixtures.finding(ALICE, W6, T0), T0, DeliveryChannel.DIGEST);
        assertThat(rowsMentioning("You posted")).isEmpty();
    }

    @Test
    void aDigestCanBeClaimedOnlyOnce() {
        Storage s = storage();
        assertThat(s.digests().claim(ALICE, W6, "process-a")).isTrue();
        assertThat(s.digests().claim(ALICE, W6, "process-b")).isFalse();
        assertThat(s.digests().claim(ALICE, W6.next(), "process-b")).isTrue();
        assertThat(s.digests().claimedBy(ALICE, W6)).contains("process-a");
    }

    @Test
    void aWeeksSettledDigestsAreTheSentAndTheFreshlyClaimedButNotTheStaleOrTheFree() {
        Storage s = storage();
        Instant staleBefore = Instant.now().minus(Duration.ofHours(1));
        s.digests().claim(ALICE, W6, "process-a");
        s.digests().claim(BOB, W6, "process-a");
        s.digests().markSent(BOB, W6, T0);
        s.digests().claim(CAROL, W6.next(), "process-b");

        assertThat(s.digests().settled(W6, staleBefore)).containsExactlyInAnyOrder(ALICE, BOB);
        assertThat(s.digests().settled(W6, Instant.now().plus(Duration.ofMinutes(1))))
                .as("a claim made before the stale mark is no longer settled, unless it was sent").containsExactly(BOB);
        assertThat(s.digests().settled(W6.next().next(), staleBefore)).isEmpty();
    }

    @Test
    void pruningDropsOldWeeksAndEvidenceButKeepsWeeklyTotals() {
        Storage s = storage();
        Instant old = T0.minus(Duration.ofDays(7 * 13));
        EngineScript script = script().busyHour("old", old).busyHour("new", T0);
        s.engineState().saveAll(script.snapshots());
        TipRecord oldTip = s.tips().recordSent(Fixtures.finding(ALICE, W6, old), old, DeliveryChannel.DM);
        TipRecord newTip = s.tips().recordSent(Fixtures.finding(ALICE, W6, T0), T0, DeliveryChannel.DM);
        IsoWeek oldWeek = IsoWeek.of(old, ZoneId.of("UTC"));
        s.weeklyStats().save(ALICE, Fixtures.GUILD, oldWeek, Fixtures.stats(5));

        PruneReport report = s.retention().pruneOlderThan(12, T0);

        assertThat(report).isEqualTo(new PruneReport(3, 1));
        UserSnapshot alice = s.engineState().load(ALICE, Fixtures.GUILD).orElseThrow();
        assertThat(alice).isEqualTo(script.snapshot(ALICE).keepingWeeksFrom(IsoWeek.of(T0.minus(Duration.ofDays(84)),
                ZoneId.of("Europe/Berlin"))));
        assertThat(alice.weeks()).extracting(UserSnapshot.Week::week).containsExactly(W6);
        assertThat(s.tips().find(oldTip.id()).orElseThrow().evidence()).isEmpty();
        assertThat(s.tips().find(newTip.id()).orElseThrow().evidence()).isPresent();
        assertThat(s.weeklyStats().find(ALICE, Fixtures.GUILD, oldWeek)).isPresent();
    }

    @Test
    void aProcessPrunesOnlyTheCommunitiesItOwns() {
        Storage s = storage();
        EngineScript script = script().busyHour("old", T0.minus(Duration.ofDays(7 * 13))).busyHour("new", T0);
        UserSnapshot elsewhere = script.snapshot(ALICE).inCommunity(CommunityId.of("guild-2"));
        s.engineState().saveAll(List.of(script.snapshot(ALICE), elsewhere));

        PruneReport report = s.retention().pruneOlderThan(12, T0, community -> community.equals(GUILD));

        assertThat(report.engineStates()).isEqualTo(1);
        assertThat(s.engineState().load(ALICE, GUILD).orElseThrow().weeks()).hasSize(1);
        assertThat(s.engineState().load(ALICE, CommunityId.of("guild-2"))).as("another process's row, untouched")
                .contains(elsewhere);
    }

    @Test
    void pruningTwiceFindsNothingMoreToDrop() {
        Storage s = storage();
        s.engineState().saveAll(script().busyHour("old", T0.minus(Duration.ofDays(7 * 13))).busyHour("new", T0).snapshots());
        s.retention().pruneOlderThan(12, T0);
        assertThat(s.retention().pruneOlderThan(12, T0)).isEqualTo(new PruneReport(0, 0));
    }

    @Test
    void stateSurvivesClosingAndReopening() {
        Storage s = storage();
        s.optIns().save(OptIn.consent("discord", ALICE, GUILD, T0, ZoneId.of("UTC")));
        s.weeklyStats().save(ALICE, Fixtures.GUILD, W6, Fixtures.stats(10));
        s.close();
        Storage again = open(config);
        assertThat(again.optIns().ofUser(ALICE)).hasSize(1);
        assertThat(again.weeklyStats().find(ALICE, Fixtures.GUILD, W6)).contains(Fixtures.stats(10));
    }

    @Test
    void exportShowsEverythingKeptAboutThePersonAndOnlyPseudonymsOfOthers() {
        Storage s = storage();
        fillWithAliceAndFriends(s);
        String json = s.personalData().export(ALICE);
        assertThat(json).contains(ALICE.value(), "Europe/Berlin", "links.share", "2026-W06", "shop.example/sale",
                "process-a", pseudonyms.of(BOB), "HELPFUL");
        assertThat(json).doesNotContain(BOB.value(), CAROL.value());
    }

    @Test
    void exportShowsThePersonsEngineStatePerCommunityAsObjectsAndOnlyCountsOthersThatMentionThem() throws Exception {
        Storage s = storage();
        fillWithAliceAndFriends(s);
        JsonNode export = new ObjectMapper().readTree(s.personalData().export(ALICE));
        assertThat(export.path("engineState").size()).as("one state per community: %s", export).isEqualTo(1);
        JsonNode state = export.path("engineState").get(0);
        assertThat(state.isObject()).as("engine state is an object, not a string: %s", state).isTrue();
        assertThat(state.path("community").asText()).isEqualTo("guild-1");
        assertThat(state.path("user").asText()).isEqualTo(ALICE.value());
        assertThat(state.path("zone").asText()).isEqualTo("Europe/Berlin");
        assertThat(state.path("waiting")).isNotEmpty();
        assertThat(export.path("inOthersState").path("engineStatesMentioningYou").asInt()).isEqualTo(2);
    }

    @Test
    void forgetLeavesNoTraceOfThePersonInAnyTable() throws SQLException {
        Storage s = storage();
        fillWithAliceAndFriends(s);
        assertThat(rowsMentioning(ALICE.value())).isNotEmpty();
        assertThat(rowsMentioning(pseudonyms.of(ALICE))).isNotEmpty();

        ForgetReport report = s.personalData().forget(ALICE);

        assertThat(report.total()).isPositive();
        assertThat(rowsMentioning(ALICE.value())).isEmpty();
        assertThat(rowsMentioning(pseudonyms.of(ALICE))).isEmpty();
        // Other people's state stays, without Alice in it.
        assertThat(s.weeklyStats().find(BOB, Fixtures.GUILD, W6)).isPresent();
        assertThat(s.engineState().load(ALICE, Fixtures.GUILD)).isEmpty();
        assertThat(s.engineState().all()).extracting(UserSnapshot::user).containsExactly(BOB, CAROL);
        assertThat(report.scrubbedRows()).containsEntry("engine_state", 2);
        assertThat(s.optIns().ofUser(BOB)).hasSize(1);
        try (Connection c = raw(config)) {
            assertThat(tables(c)).contains("opt_in", "weekly_stats", "engine_state", "tip_ledger", "digest_ledger",
                    "community_settings");
        }
    }

    @Test
    void forgetDeletesAPersonWhoseStoredDocumentsANewerMinorVersionOfRapportWrote() throws SQLException {
        Storage s = storage();
        fillWithAliceAndFriends(s);
        EngineScript script = script().busyHour("m", T0);
        s.engineState().saveAll(List.of(), List.of(script.engine().communitySnapshot(GUILD).orElseThrow()));
        // A newer build of the same major format (read since session 26) wrote every document, with a field this
        // build does not know: a rollback, or two builds side by side.
        int user = UserSnapshot.VERSION + 1;
        int community = CommunitySnapshot.VERSION + 1;
        try (Connection c = raw(config); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE engine_state SET version = " + user + ", state = REPLACE(state, '\"version\":"
                    + UserSnapshot.VERSION + "', '\"version\":" + user + ",\"kilnsFired\":3')");
            st.executeUpdate("UPDATE community_part SET version = " + community + ", state = REPLACE(state, "
                    + "'\"version\":" + CommunitySnapshot.VERSION + "', '\"version\":" + community
                    + ",\"kilnsFired\":3')");
        }
        assertThat(stateOf(ALICE)).contains("kilnsFired");

        s.personalData().forget(ALICE);

        assertThat(rowsMentioning(ALICE.value())).isEmpty();
        assertThat(rowsMentioning(pseudonyms.of(ALICE))).isEmpty();
        assertThat(s.engineState().all()).extracting(UserSnapshot::user).containsExactly(BOB, CAROL);
        assertThat(s.engineState().all()).noneMatch(o -> o.mentions(pseudonyms.of(ALICE)));
        // Bob's document, which mentioned Alice, was written again by this build without the field it does not know:
        // it says this build's version, so the newer build reading it does not expect the field it lost.
        assertThat(stateOf(BOB)).doesNotContain("kilnsFired").contains("\"version\":" + UserSnapshot.VERSION + ",");
        assertThat(count("SELECT COUNT(*) FROM engine_state WHERE user_id = '" + BOB.value() + "' AND version = "
                + UserSnapshot.VERSION)).isEqualTo(1);
        // The same for the community's parts: a part says the newer version exactly when it still has its field.
        assertThat(count("SELECT COUNT(*) FROM community_part WHERE version = " + CommunitySnapshot.VERSION
                + " AND state LIKE '%kilnsFired%'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM community_part WHERE version = " + community
                + " AND state NOT LIKE '%kilnsFired%'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM community_part WHERE version = " + CommunitySnapshot.VERSION))
                .as("a part rewritten without the person").isPositive();
    }

    @Test
    void whatWasTakenFromMemoryBeforeAForgetAndWrittenAfterItDoesNotBringThePersonBack() throws SQLException {
        Storage s = storage();
        fillWithAliceAndFriends(s);
        // What a process (this one or another) holds in memory, taken before the forget and written after it: a
        // save under way, or one from a process that has not heard of the forget yet.
        EngineScript script = script().busyHour("m", T0);
        CommunitySnapshot community = script.engine().communitySnapshot(GUILD).orElseThrow();
        assertThat(community.mentions(pseudonyms.of(ALICE))).isTrue();

        s.personalData().forget(ALICE);
        s.engineState().saveAll(script.snapshots(), List.of(community));
        s.weeklyStats().save(ALICE, Fixtures.GUILD, W6, Fixtures.stats(10, pseudonyms.of(BOB)));
        s.weeklyStats().save(BOB, Fixtures.GUILD, W6, Fixtures.stats(9, pseudonyms.of(ALICE), pseudonyms.of(CAROL)));
        s.tips().recordSent(Fixtures.finding(ALICE, W6, T0, pseudonyms.of(BOB)), T0, DeliveryChannel.DM);
        s.tips().recordPending(Fixtures.finding(BOB, W6, T0, pseudonyms.of(ALICE)), "d-1", T0, T0);

        assertThat(rowsMentioning(ALICE.value())).isEmpty();
        assertThat(rowsMentioning(pseudonyms.of(ALICE))).isEmpty();
        // Everyone else's part of the same writes is kept.
        assertThat(s.engineState().all()).extracting(UserSnapshot::user).containsExactly(BOB, CAROL);
        assertThat(s.engineState().communities()).hasSize(1);
        assertThat(s.weeklyStats().find(BOB, Fixtures.GUILD, W6).orElseThrow().messages()).isEqualTo(9);
        assertThat(s.weeklyStats().find(BOB, Fixtures.GUILD, W6).orElseThrow().topCounterparts())
                .extracting(WeeklyStats.Counterpart::pseudonym).containsExactly(pseudonyms.of(CAROL));
        assertThat(s.tips().ofUser(BOB)).hasSize(2);
    }

    @Test
    void someoneForgottenWhoOptsInAgainIsKeptAgainFromNothing() throws SQLException {
        Storage s = storage();
        fillWithAliceAndFriends(s);
        s.personalData().forget(ALICE);
        assertThat(s.engineState().ofUser(ALICE)).isEmpty();

        s.optIns().save(OptIn.consent("discord", ALICE, GUILD, T0.plus(Duration.ofDays(1)), ZoneId.of("UTC")));
        EngineScript fresh = script().busyHour("n", T0.plus(Duration.ofDays(1)));
        s.engineState().saveAll(fresh.snapshots(), List.of(fresh.engine().communitySnapshot(GUILD).orElseThrow()));
        s.weeklyStats().save(BOB, Fixtures.GUILD, W6, Fixtures.stats(9, pseudonyms.of(ALICE)));

        assertThat(s.engineState().ofUser(ALICE)).hasSize(1);
        assertThat(s.engineState().load(BOB, Fixtures.GUILD).orElseThrow().mentions(pseudonyms.of(ALICE))).isTrue();
        assertThat(s.engineState().communities().get(0).mentions(pseudonyms.of(ALICE))).isTrue();
        assertThat(s.weeklyStats().find(BOB, Fixtures.GUILD, W6).orElseThrow().topCounterparts())
                .extracting(WeeklyStats.Counterpart::pseudonym).containsExactly(pseudonyms.of(ALICE));
        // Nothing from before the forget came back with her.
        assertThat(s.tips().ofUser(ALICE)).isEmpty();
        assertThat(s.optIns().ofUser(ALICE)).extracting(OptIn::consentAt).containsExactly(T0.plus(Duration.ofDays(1)));
    }

    @Test
    void theMarkOfSomeoneForgottenIsNeitherTheirIdNorTheirPseudonym() throws SQLException {
        Storage s = storage();
        fillWithAliceAndFriends(s);
        s.personalData().forget(ALICE);

        assertThat(count("SELECT COUNT(*) FROM forgotten")).isEqualTo(1);
        assertThat(rowsMentioning(ALICE.value())).isEmpty();
        assertThat(rowsMentioning(pseudonyms.of(ALICE))).isEmpty();
        assertThat(s.personalData().forgottenLately().forgotten(ALICE)).isTrue();
        assertThat(s.personalData().forgottenLately().pseudonymForgotten(pseudonyms.of(ALICE))).isTrue();
        assertThat(s.personalData().forgottenLately().forgotten(BOB)).isFalse();
    }

    @Test
    void aSchemaNewerThanThisBuildIsRefusedNamingBothVersions() throws SQLException {
        storage().close();
        try (Connection c = raw(config); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO rapport_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, execution_time, success) VALUES (99, '99', 'from the future', 'SQL', "
                    + "'V99__future.sql', 0, 'someone', 1, " + (this instanceof SqliteStorageTest ? "1" : "true") + ")");
        }
        assertThatThrownBy(() -> open(config))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("schema version 99")
                .hasMessageMatching("(?s).*up to version [1-9][0-9]?\\).*")
                .hasMessageContaining("newer Rapport");
    }

    /** Alice opted in, has state, a tip and a digest; Bob and Carol have state that mentions Alice. */
    void fillWithAliceAndFriends(Storage s) {
        s.optIns().save(OptIn.consent("discord", ALICE, GUILD, T0, ZoneId.of("Europe/Berlin")).muting(RuleId.LINKS_SHARE)
                .snoozing(RuleId.ONEWAY_ASKS, T0.plusSeconds(60)));
        s.optIns().save(OptIn.consent("discord", BOB, GUILD, T0, ZoneId.of("UTC")));
        s.weeklyStats().save(ALICE, Fixtures.GUILD, W6, Fixtures.stats(10, pseudonyms.of(BOB)));
        s.weeklyStats().save(BOB, Fixtures.GUILD, W6, Fixtures.stats(8, pseudonyms.of(ALICE), pseudonyms.of(CAROL)));
        // Alice's own engine state, and Bob's and Carol's, which mention Alice (a pitch to her, a reply from her).
        EngineScript script = script().busyHour("m", T0);
        assertThat(script.snapshot(BOB).mentions(pseudonyms.of(ALICE))).isTrue();
        assertThat(script.snapshot(CAROL).mentions(pseudonyms.of(ALICE))).isTrue();
        s.engineState().saveAll(script.snapshots());
        TipRecord tip = s.tips().recordSent(Fixtures.finding(ALICE, W6, T0, pseudonyms.of(BOB)), T0, DeliveryChannel.DM);
        s.tips().feedback(tip.id(), Feedback.HELPFUL);
        s.tips().recordSent(Fixtures.finding(BOB, W6, T0, pseudonyms.of(ALICE), pseudonyms.of(CAROL)), T0, DeliveryChannel.DM);
        s.digests().claim(ALICE, W6, "process-a");
        s.communitySettings().save(GUILD, Fixtures.community());
    }

    EngineScript script() {
        return new EngineScript(pseudonyms, ALICE, BOB, CAROL, ZoneId.of("Europe/Berlin"));
    }

    static UserSnapshot withVersion(UserSnapshot s, int version) {
        return s.toBuilder().version(version).build();
    }

    /** The stored engine-state document of {@code user}, as it is in the database. */
    String stateOf(UserId user) throws SQLException {
        try (Connection c = raw(config); var st = c.prepareStatement("SELECT state FROM engine_state WHERE user_id = ?")) {
            st.setString(1, user.value());
            try (ResultSet r = st.executeQuery()) {
                assertThat(r.next()).as("a stored engine state of %s", user).isTrue();
                return r.getString(1);
            }
        }
    }

    int count(String sql) throws SQLException {
        try (Connection c = raw(config); Statement st = c.createStatement(); ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    /** Every "table.column = value" in the whole database whose value contains {@code needle}. */
    List<String> rowsMentioning(String needle) throws SQLException {
        List<String> hits = new ArrayList<>();
        try (Connection c = raw(config)) {
            for (String table : tables(c)) {
                try (Statement st = c.createStatement(); ResultSet r = st.executeQuery("SELECT * FROM " + table)) {
                    int n = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        for (int i = 1; i <= n; i++) {
                            Object v = r.getObject(i);
                            if (v != null && v.toString().contains(needle)) {
                                hits.add(table + "." + r.getMetaData().getColumnName(i) + " = " + v);
                            }
                        }
                    }
                }
            }
        }
        return hits;
    }
}
