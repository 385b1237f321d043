package dev.rapport.bot.storage.jdbc;

import dev.rapport.bot.storage.StorageException;
import dev.rapport.bot.storage.support.EngineScript;
import dev.rapport.bot.storage.support.Fixtures;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.engine.UserSnapshot;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine snapshot as a JSON document: every value comes back exactly, and foreign documents are refused. */
class SnapshotJsonStorageTest {
    private static final UserId ALICE = UserId.of("alice-1001");
    private static final UserId BOB = UserId.of("bob-2002");
    private static final UserId CAROL = UserId.of("carol-3003");
    private static final Instant T0 = Instant.parse("2026-02-02T10:00:00Z");

    private final Pseudonyms pseudonyms = new Pseudonyms(Fixtures.SECRET);
    private final SnapshotJson json = new SnapshotJson("/data/rapport.db");
    private final EngineScript script = new EngineScript(pseudonyms, ALICE, BOB, CAROL, ZoneId.of("Europe/Berlin"))
            .busyHour("m", T0);

    @Test
    void snapshotsTheEngineMadeComeBackExactly() {
        UserSnapshot alice = script.snapshot(ALICE);
        // The script gives Alice every kind of state: a finding, a waiting question, link posts, counterparts.
        assertThat(alice.weeks()).singleElement().satisfies(w -> {
            assertThat(w.findings()).isNotEmpty();
            assertThat(w.counterparts()).isNotEmpty();
            assertThat(w.interactions()).isNotEmpty();
        });
        assertThat(alice.waiting()).isNotEmpty();
        assertThat(alice.links()).hasSize(3);
        assertThat(alice.contacts()).isNotEmpty();
        for (UserSnapshot s : script.snapshots()) {
            assertThat(json.read(json.write(s), s.user().value())).isEqualTo(s);
        }
    }

    @Test
    void idsWeeksZonesAndTimesAreWrittenAsPlainText() {
        String text = json.write(script.snapshot(ALICE));
        assertThat(text).contains("\"user\":\"alice-1001\"", "\"zone\":\"Europe/Berlin\"", "\"openWeek\":\"2026-W06\"",
                "\"community\":\"guild-1\"", "\"since\":\"2026-02-02T10:03:00Z\"", "\"rule\":\"LINKS_REPEAT\"");
    }

    @Test
    void absentValuesAndNanosecondsComeBackExactly() {
        UserSnapshot s = Fixtures.snapshot(ALICE, 3);
        Instant precise = Instant.parse("2026-02-02T10:00:00.123456789Z");
        UserSnapshot sparse = UserSnapshot.builder(s.user(), ZoneId.of("America/St_Johns")).version(s.version())
                .weeks(s.weeks()).links(s.links()).promotions(s.promotions()).lastSpoke(Map.of("c", precise))
                .contacts(Map.of("p-0000000000", new UserSnapshot.Contact(Optional.empty(), Optional.of(precise))))
                .build();
        assertThat(json.read(json.write(sparse), "alice")).isEqualTo(sparse);
    }

    @Test
    void aDocumentFromANewerMajorFormatIsRefusedNamingBothVersionsAndTheDatabase() {
        int newer = UserSnapshot.VERSION + SnapshotJson.MAJOR;
        String doc = json.write(script.snapshot(ALICE)).replace("\"version\":" + UserSnapshot.VERSION,
                "\"version\":" + newer);
        assertThatThrownBy(() -> json.read(doc, "alice-1001"))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("alice-1001")
                .hasMessageContaining("/data/rapport.db")
                .hasMessageContaining("snapshot version " + newer)
                .hasMessageContaining("up to version " + (SnapshotJson.MAJOR - 1))
                .hasMessageContaining("newer Rapport");
    }

    /** A newer build of the same major format only added fields: this one reads the rest, as a rollback needs. */
    @Test
    void aDocumentFromANewerVersionOfTheSameMajorFormatIsReadLeavingOutWhatThisBuildDoesNotKnow() {
        UserSnapshot alice = script.snapshot(ALICE);
        String doc = json.write(alice).replace("\"version\":" + UserSnapshot.VERSION,
                "\"version\":" + (UserSnapshot.VERSION + 1) + ",\"kilnsFired\":{\"count\":3,\"last\":\"soon\"}");

        UserSnapshot read = json.read(doc, "alice-1001");

        // What was read holds only what this build knows: that is its version, and what it writes back says so.
        assertThat(read.version()).isEqualTo(UserSnapshot.VERSION);
        assertThat(read.contacts()).isEqualTo(alice.contacts());
        assertThat(read.waiting()).isEqualTo(alice.waiting());
        assertThat(read.weeks()).isEqualTo(alice.weeks());
    }

    @Test
    void aDocumentOfThisVersionWithAFieldNoRapportWritesIsStillRefusedAsChangedOutsideRapport() {
        String doc = json.write(script.snapshot(ALICE)).replace("\"version\":" + UserSnapshot.VERSION,
                "\"version\":" + UserSnapshot.VERSION + ",\"kilnsFired\":3");

        assertThatThrownBy(() -> json.read(doc, "alice-1001")).isInstanceOf(StorageException.class)
                .hasMessageContaining("changed outside Rapport");
    }

    @Test
    void aDocumentThatIsNotASnapshotIsRefusedAsChangedOutsideRapport() {
        assertThatThrownBy(() -> json.read("{\"user\":\"alice-1001\"}", "alice-1001"))
                .isInstanceOf(StorageException.class).hasMessageContaining("no format version");
        assertThatThrownBy(() -> json.read("{\"version\":1,\"user\":\"alice-1001\",\"openWeek\":\"soon\"}", "alice-1001"))
                .isInstanceOf(StorageException.class).hasMessageContaining("changed outside Rapport");
        assertThatThrownBy(() -> json.read("not json", "alice-1001"))
                .isInstanceOf(StorageException.class).hasMessageContaining("changed outside Rapport");
    }

    @Test
    void aVersion1DocumentReadsAsBeforeItsOverdueQuestionsToldAndNothingLearned() {
        UserSnapshot alice = script.snapshot(ALICE);
        String text = json.write(alice);
        assertThat(text).contains("\"deferred\":false", "\"back\":null", "\"learned\":[]", "\"passedOver\":[]");
        // What version 1 wrote: none of what version 2 added.
        String older = text.replace("\"version\":" + UserSnapshot.VERSION, "\"version\":1")
                .replace(",\"deferred\":false", "").replace(",\"back\":null", "")
                .replace(",\"learned\":[]", "").replace(",\"passedOver\":[]", "");
        assertThat(older).doesNotContain("deferred", "back", "learned", "passedOver");
        UserSnapshot read = json.read(older, "alice-1001");
        assertThat(read.waiting()).isEqualTo(alice.waiting());
        assertThat(read.learned()).isEmpty();
        assertThat(read.passedOver()).isEmpty();
    }

    @Test
    void aVersion2DocumentReadsAsOneWhoseLatestMessageAnnouncedNoAbsence() {
        UserSnapshot alice = script.snapshot(ALICE);
        UserSnapshot read = readAsOlderVersion(alice, 2, "awaySaid");
        assertThat(read.awaySaid()).isEmpty();
        assertThat(read.waiting()).isEqualTo(alice.waiting());
        // An absence announced is kept as the time of the message that announced it, never its words.
        UserSnapshot away = alice.toBuilder().awaySaid(Optional.of(java.time.Instant.parse("2026-01-07T09:00:00.5Z")))
                .build();
        assertThat(json.read(json.write(away), "alice-1001")).isEqualTo(away);
    }

    @Test
    void aVersion6DocumentReadsAsOneWhoseAbsenceNamedNoDayForTheReturn() {
        UserSnapshot alice = script.snapshot(ALICE);
        UserSnapshot read = readAsOlderVersion(alice, 6, "awayUntil");
        assertThat(read.awayUntil()).isEmpty();
        assertThat(read.waiting()).isEqualTo(alice.waiting());
        // The day named for a return is kept as the start of that day, never the notice's words.
        UserSnapshot busy = alice.toBuilder().awaySaid(Optional.of(java.time.Instant.parse("2026-01-07T09:00:00Z")))
                .awayUntil(Optional.of(java.time.Instant.parse("2026-01-09T00:00:00Z"))).build();
        assertThat(json.read(json.write(busy), "alice-1001")).isEqualTo(busy);
    }

    @Test
    void aVersion9DocumentReadsAsOneWhoseLeaveBeganWhenItWasAnnounced() {
        UserSnapshot alice = script.snapshot(ALICE);
        UserSnapshot read = readAsOlderVersion(alice, 9, "leaveStarts");
        assertThat(read.leaveStarts()).isEmpty();
        assertThat(read.waiting()).isEqualTo(alice.waiting());
        // The day a later leave begins is kept as the start of that day, never the notice's words.
        UserSnapshot leaving = alice.toBuilder()
                .awaySaid(Optional.of(java.time.Instant.parse("2026-01-05T09:00:00Z")))
                .awayUntil(Optional.of(java.time.Instant.parse("2026-01-16T00:00:00Z")))
                .leaveStarts(Optional.of(java.time.Instant.parse("2026-01-07T00:00:00Z"))).build();
        assertThat(json.read(json.write(leaving), "alice-1001")).isEqualTo(leaving);
    }

    @Test
    void aVersion10DocumentReadsAsOneWithNoReminderAskedAndVersion11KeepsThemInOrder() {
        UserSnapshot alice = script.snapshot(ALICE);
        String text = json.write(alice);
        assertThat(text).contains("\"remindersAsked\":{}");
        String older = text.replace("\"version\":" + UserSnapshot.VERSION, "\"version\":10")
                .replace(",\"remindersAsked\":{}", "");
        assertThat(older).doesNotContain("remindersAsked");
        assertThat(json.read(older, "alice-1001").remindersAsked()).isEmpty();
        // Posts by message id, in the order the engine keeps them (the next to be let go first), not sorted.
        Map<String, java.time.Instant> asked = new java.util.LinkedHashMap<>();
        asked.put("9002", java.time.Instant.parse("2026-01-06T10:00:00Z"));
        asked.put("9001", java.time.Instant.parse("2026-01-07T10:00:00Z"));
        UserSnapshot reminded = alice.toBuilder().remindersAsked(asked).build();
        UserSnapshot back = json.read(json.write(reminded), "alice-1001");
        assertThat(back).isEqualTo(reminded);
        assertThat(back.remindersAsked().keySet()).containsExactly("9002", "9001");
    }

    @Test
    void aVersion11DocumentReadsAsOneWithNoOfferRequestAnsweredAndVersion12KeepsTheAskersInOrder() {
        UserSnapshot alice = script.snapshot(ALICE);
        String text = json.write(alice);
        assertThat(text).contains("\"offerAskers\":{}");
        String older = text.replace("\"version\":" + UserSnapshot.VERSION, "\"version\":11")
                .replace(",\"offerAskers\":{}", "");
        assertThat(older).doesNotContain("offerAskers");
        assertThat(json.read(older, "alice-1001").offerAskers()).isEmpty();
        // Askers by pseudonym, in the order the engine keeps them (the next to be let go first), not sorted.
        Map<String, java.time.Instant> askers = new java.util.LinkedHashMap<>();
        askers.put("p-00000000b2", java.time.Instant.parse("2026-01-06T10:00:00Z"));
        askers.put("p-00000000a1", java.time.Instant.parse("2026-01-07T10:00:00Z"));
        UserSnapshot answered = alice.toBuilder().offerAskers(askers).build();
        UserSnapshot back = json.read(json.write(answered), "alice-1001");
        assertThat(back).isEqualTo(answered);
        assertThat(back.offerAskers().keySet()).containsExactly("p-00000000b2", "p-00000000a1");
    }

    /**
     * A version 13 document kept no words of a waiting question's own question sentences: each reads as none (the
     * first word back after a restart that opens with a word asked in is a remark, as that build read it); version
     * 14 keeps them keyed as the question's words are, and writes them only where there are some.
     */
    @Test
    void aVersion13DocumentReadsNoQuestionSentenceWordsAndVersion14KeepsThem() {
        UserSnapshot alice = script.snapshot(ALICE);
        UserSnapshot.Waiting w = alice.waiting().get(0);
        UserSnapshot.Waiting asked = new UserSnapshot.Waiting(w.message(), w.from(), w.audience(), w.channel(),
                w.since(), w.week(), w.community(), w.overdue(), w.deferred(), w.back(), w.team(), w.graceEnds(),
                Optional.of(new UserSnapshot.Heard(List.of(-5, 17, 23), true, false, true, false, Optional.empty(),
                        List.of(), List.of(-5, 23))));
        UserSnapshot kept = alice.toBuilder().waiting(List.of(asked)).build();
        String doc = json.write(kept);
        assertThat(doc).containsPattern("\"heard\":\\{[^}]*\"asked\":\\[-5,23\\]");
        assertThat(json.read(doc, "alice-1001")).isEqualTo(kept);

        UserSnapshot.Waiting without = new UserSnapshot.Waiting(w.message(), w.from(), w.audience(), w.channel(),
                w.since(), w.week(), w.community(), w.overdue(), w.deferred(), w.back(), w.team(), w.graceEnds(),
                Optional.of(new UserSnapshot.Heard(List.of(-5, 17, 23), true, false, true, false, Optional.empty())));
        String older = json.write(alice.toBuilder().waiting(List.of(without)).build())
                .replace("\"version\":" + UserSnapshot.VERSION, "\"version\":13");
        // (The person's own questions to the room are "asked" too, outside the waiting question's "heard".)
        assertThat(older).contains("\"heard\"").doesNotContainPattern("\"heard\":\\{[^}]*\"asked\"");
        assertThat(json.read(older, "alice-1001").waiting()).singleElement()
                .satisfies(q -> assertThat(q.heard().orElseThrow().asked()).isEmpty());
    }

    /**
     * A version 12 document kept nothing of how a waiting question was put, when an introduction began, nor offers
     * posted where they fit: each question reads as put plainly, no introduction as begun, no offer; version 13 keeps
     * them (the question's words keyed),
     * and writes them only where there is something to keep.
     */
    @Test
    void aVersion12DocumentReadsEveryQuestionAsPutPlainlyAndVersion13KeepsHowOneWasPutAndTheOffers() {
        UserSnapshot alice = script.snapshot(ALICE);
        assertThat(alice.waiting()).isNotEmpty();
        UserSnapshot.Waiting w = alice.waiting().get(0);
        UserSnapshot.Waiting plainly = new UserSnapshot.Waiting(w.message(), w.from(), w.audience(), w.channel(),
                w.since(), w.week(), w.community(), w.overdue(), w.deferred(), w.back(), w.team(), w.graceEnds());
        UserSnapshot.Waiting put = new UserSnapshot.Waiting(w.message(), w.from(), w.audience(), w.channel(),
                w.since(), w.week(), w.community(), w.overdue(), w.deferred(), w.back(), w.team(), w.graceEnds(),
                Optional.of(new UserSnapshot.Heard(List.of(-5, 17), true, true, true, false,
                        Optional.of(MessageId.of("9001")), List.of(17))));
        UserSnapshot kept = alice.toBuilder().waiting(List.of(put))
                .introducedIn(Map.of("intros", java.time.Instant.parse("2026-01-05T09:00:00Z")))
                .offers(List.of(new UserSnapshot.Post("books.example/salt-lines", ChannelId.of("new-releases"),
                        MessageId.of("9003"), java.time.Instant.parse("2026-01-05T18:00:00Z")))).build();
        assertThat(json.read(json.write(kept), "alice-1001")).isEqualTo(kept);
        // A question with no names (most) writes none, and reads back with none.
        UserSnapshot.Waiting nameless = new UserSnapshot.Waiting(w.message(), w.from(), w.audience(), w.channel(),
                w.since(), w.week(), w.community(), w.overdue(), w.deferred(), w.back(), w.team(), w.graceEnds(),
                Optional.of(new UserSnapshot.Heard(List.of(-5, 17), true, false, true, false, Optional.empty())));
        String withoutNames = json.write(alice.toBuilder().waiting(List.of(nameless)).build());
        assertThat(withoutNames).contains("\"heard\"").doesNotContain("\"names\"");
        assertThat(json.read(withoutNames, "alice-1001").waiting()).singleElement()
                .satisfies(q -> assertThat(q.heard().orElseThrow().names()).isEmpty());

        String older = json.write(alice.toBuilder().waiting(List.of(plainly)).offers(List.of()).build())
                .replace("\"version\":" + UserSnapshot.VERSION, "\"version\":12");
        assertThat(older).doesNotContain("heard").doesNotContain("introducedIn").doesNotContain("\"offers\":[");
        UserSnapshot read = json.read(older, "alice-1001");
        assertThat(read.waiting()).singleElement().satisfies(q -> assertThat(q.heard()).isEmpty());
        assertThat(read.introducedIn()).isEmpty();
        assertThat(read.offers()).isEmpty();
    }

    /**
     * A version 7 document kept no week's excused posts or channels spoken to nobody in: each week reads as none;
     * written again, they read back by id.
     */
    @Test
    void aVersion7DocumentsWeeksReadWithNoPostExcusedAndVersion8KeepsThem() {
        // Without what version 9 added, as a build of version 7 or 8 wrote it.
        UserSnapshot alice = asVersion8(script.snapshot(ALICE));
        String text = json.write(alice);
        assertThat(text).contains("\"licensed\":[]", "\"toNobodyIn\":[");
        String older = text.replace("\"version\":8", "\"version\":7")
                .replace(",\"licensed\":[]", "").replaceAll(",\"toNobodyIn\":\\[[^\\]]*\\]", "");
        assertThat(older).doesNotContain("licensed", "toNobodyIn");
        UserSnapshot read = json.read(older, "alice-1001");
        assertThat(read.weeks()).allSatisfy(w -> {
            assertThat(w.licensed()).isEmpty();
            assertThat(w.toNobodyIn()).isEmpty();
        });
        assertThat(read.weeks().get(0).counts()).isEqualTo(alice.weeks().get(0).counts());

        UserSnapshot.Week w = alice.weeks().get(0);
        UserSnapshot.Week logged = new UserSnapshot.Week(w.week(), w.counts(), w.responseSeconds(), w.interactions(),
                w.communities(), w.counterparts(), w.findings(), w.closed(),
                List.of(new UserSnapshot.Licensed(MessageId.of("9001"), ChannelId.of("training-log"))),
                List.of(ChannelId.of("general")));
        UserSnapshot kept = alice.toBuilder().weeks(List.of(logged)).build();
        assertThat(json.read(json.write(kept), "alice-1001")).isEqualTo(kept);
    }

    @Test
    void eachCounterpartKeepsTheDaysTheyHelpedOnAndAnOlderDocumentReadsThemAsUnknown() {
        UserSnapshot alice = script.snapshot(ALICE);
        String text = json.write(alice);
        // Stored with each counterpart: a week rebuilt from storage (digests, /coach stats) needs them.
        assertThat(text).contains("\"receivedDays\":");
        assertThat(json.read(text, "alice-1001").weeks().get(0).counterparts())
                .isEqualTo(alice.weeks().get(0).counterparts());

        String older = text.replaceAll(",\"receivedDays\":\\d+", "");
        assertThat(older).doesNotContain("receivedDays");
        assertThat(json.read(older, "alice-1001").weeks().get(0).counterparts().values())
                .allSatisfy(c -> assertThat(c.receivedDays()).isZero());
    }

    /**
     * A version 8 document kept no contact's "only a welcome passed" and nothing of a week's own messages beside its
     * counts: each contact reads as beyond a welcome, each week as having none ({@code turns} empty: the engine reads
     * the week's messages before the restart as not known). A contact beyond a welcome and a week without them are
     * written as version 8 wrote them; written again, both states read back.
     */
    @Test
    void aVersion8DocumentReadsWithNoWelcomeOnlyAndNoTurnsAndVersion9KeepsThem() {
        UserSnapshot alice = script.snapshot(ALICE);
        String text = json.write(alice);
        assertThat(text).contains("\"turns\":{\"whole\":true,").doesNotContain("onlyWelcomed");
        assertThat(alice.contacts()).isNotEmpty();

        UserSnapshot v8 = asVersion8(alice);
        String older = json.write(v8);
        assertThat(older).doesNotContain("turns", "onlyWelcomed");
        UserSnapshot read = json.read(older, "alice-1001");
        assertThat(read).isEqualTo(v8);
        assertThat(read.weeks()).allSatisfy(w -> assertThat(w.turns()).isEmpty());
        assertThat(read.contacts().values()).allSatisfy(c -> assertThat(c.onlyWelcomed()).isFalse());

        Map<String, UserSnapshot.Contact> welcomed = new java.util.HashMap<>(alice.contacts());
        welcomed.put("p-00000000b2", new UserSnapshot.Contact(Optional.of(T0), Optional.empty(), true));
        UserSnapshot kept = alice.toBuilder().contacts(welcomed).build();
        String written = json.write(kept);
        assertThat(written).containsOnlyOnce("\"onlyWelcomed\":true");
        assertThat(json.read(written, "alice-1001")).isEqualTo(kept);
        assertThat(kept.weeks()).anySatisfy(w -> assertThat(w.turns()).isPresent());
    }

    /**
     * {@code alice} written, then read as a document of {@code version} wrote it: without {@code field}, which the next
     * version added and which she holds empty (written as null).
     */
    private UserSnapshot readAsOlderVersion(UserSnapshot alice, int version, String field) {
        String text = json.write(alice);
        assertThat(text).contains("\"" + field + "\":null");
        String older = text.replace("\"version\":" + UserSnapshot.VERSION, "\"version\":" + version)
                .replace(",\"" + field + "\":null", "");
        assertThat(older).doesNotContain(field);
        return json.read(older, "alice-1001");
    }

    /** {@code s} as a document of version 8 holds it: its weeks without what their ends read of their messages. */
    private static UserSnapshot asVersion8(UserSnapshot s) {
        List<UserSnapshot.Week> weeks = s.weeks().stream().map(w -> new UserSnapshot.Week(w.week(), w.counts(),
                w.responseSeconds(), w.interactions(), w.communities(), w.counterparts(), w.findings(), w.closed(),
                w.licensed(), w.toNobodyIn())).toList();
        // A version 8 document kept nothing of what versions 10 to 12 added.
        return s.toBuilder().version(8).weeks(weeks).leaveStarts(Optional.empty()).remindersAsked(Map.of())
                .offerAskers(Map.of()).build();
    }
}
