package dev.rapport.bot.storage.jdbc;

import dev.rapport.bot.storage.support.Fixtures;
import dev.rapport.rules.engine.CoachEngine;
import dev.rapport.rules.engine.CommunitySnapshot;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.rule.RuleCatalogue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Community documents as earlier builds wrote them (these two by session 24's starting build, whose engine still
 * marked a team question taken back after a restart, a flag no document ever held) load in this build and come
 * back from the engine as they were: the team's open questions, the recent messages and the direct conversations of
 * version 3, and a version 2 document with none of them; a version 5 document with no questions waiting in rooms
 * (version 6); a version 8 document with nobody serving clients (version 9); a version 9 document whose rooms' latest
 * lines read as said to the room (version 10); a version 10 document with nothing kept of who talks to whom in a room
 * nor of the groups rooms send askers to (version 11).
 */
class OldCommunityDocumentsTest {
    private static final String VERSION_3 = "{\"version\":3,\"community\":\"guild-1\",\"people\":[{\"who\":"
            + "\"p-00000000a1\",\"messages\":3,\"questions\":1,\"roles\":[\"Customer\"],\"lastQuestion\":"
            + "\"2026-03-02T10:00:00Z\",\"lastQuestionChannel\":\"billing\",\"lastInChannels\":"
            + "\"2026-03-02T10:00:00Z\"}],\"recent\":[{\"message\":\"5001\",\"at\":\"2026-03-02T10:00:00Z\"}],"
            + "\"recognisedRoles\":[\"Customer\"],\"teamQuestions\":[{\"message\":\"5001\",\"channel\":\"billing\","
            + "\"asker\":\"p-00000000a1\",\"team\":[\"p-00000000b2\"],\"staff\":[\"p-00000000b2\",\"p-00000000c3\"],"
            + "\"at\":\"2026-03-02T10:00:00Z\"}],\"messages\":[{\"id\":\"5001\",\"author\":\"p-00000000a1\",\"at\":"
            + "\"2026-03-02T10:00:00Z\",\"text\":12345,\"spokenTo\":[\"p-00000000b2\"]}],\"conversations\":"
            + "[{\"channel\":\"dm-7\",\"people\":[\"p-00000000a1\",\"p-00000000b2\"]}]}";
    /** In the shape version 5 has (session 33's starting build): a question under someone's post, kept as a message. */
    private static final String VERSION_5 = "{\"version\":5,\"community\":\"guild-1\",\"people\":[{\"who\":"
            + "\"p-00000000a1\",\"messages\":2,\"questions\":1,\"lastQuestion\":\"2026-03-02T10:00:00Z\","
            + "\"lastQuestionChannel\":\"general\",\"lastInChannels\":\"2026-03-02T10:00:00Z\"}],\"recent\":"
            + "[{\"message\":\"5002\",\"at\":\"2026-03-02T10:00:00Z\"}],\"messages\":[{\"id\":\"5002\",\"author\":"
            + "\"p-00000000a1\",\"at\":\"2026-03-02T10:00:00Z\",\"text\":4321,\"spokenTo\":[\"p-00000000b2\"],"
            + "\"underOwnPost\":true}]}";
    /** In the shape version 6 has (session 34's starting build): a request to the room, no requests kept. */
    private static final String VERSION_6 = "{\"version\":6,\"community\":\"guild-1\",\"people\":[{\"who\":"
            + "\"p-00000000a1\",\"messages\":2,\"questions\":1,\"lastQuestion\":\"2026-03-02T10:00:00Z\","
            + "\"lastQuestionChannel\":\"general\",\"lastInChannels\":\"2026-03-02T10:00:00Z\","
            + "\"askedTheRoom\":\"2026-03-02T10:00:00Z\"}],\"askedUnnamed\":[]}";
    /** In the shape version 8 has (session 37's starting build): a fellow who seeks clients, none kept as serving. */
    private static final String VERSION_8 = "{\"version\":8,\"community\":\"guild-1\",\"people\":[{\"who\":"
            + "\"p-00000000a1\",\"messages\":2,\"announcements\":2,\"seeksClients\":true,\"lastInChannels\":"
            + "\"2026-03-02T10:00:00Z\"}]}";
    /**
     * In the shape version 9 has (session 38's starting build): someone serving clients, a small room's last speakers,
     * nothing kept of whom its latest line was said to.
     */
    private static final String VERSION_9 = "{\"version\":9,\"community\":\"guild-1\",\"people\":[{\"who\":"
            + "\"p-00000000a1\",\"messages\":2,\"announcements\":2,\"servesClients\":true,\"lastInChannels\":"
            + "\"2026-03-02T10:00:00Z\"}],\"rooms\":[{\"channel\":\"yard\",\"messages\":10,\"speakers\":[{\"who\":"
            + "\"p-00000000b2\",\"at\":\"2026-03-02T09:00:00Z\"},{\"who\":\"p-00000000a1\",\"at\":"
            + "\"2026-03-02T10:00:00Z\"}]}]}";
    /**
     * In the shape version 10 has (session 39's starting build): a room's norms with no lines counted, a trade's room,
     * no groups named in rooms' topics.
     */
    private static final String VERSION_10 = "{\"version\":10,\"community\":\"guild-1\",\"people\":[{\"who\":"
            + "\"p-00000000a1\",\"messages\":2,\"announcements\":2,\"lastInChannels\":\"2026-03-02T10:00:00Z\"}],"
            + "\"norms\":[{\"channel\":\"plots\",\"since\":\"2026-03-01T10:00:00Z\",\"lastPoster\":\"p-00000000a1\","
            + "\"lastAt\":\"2026-03-02T10:00:00Z\",\"posters\":[{\"who\":\"p-00000000a1\",\"period\":40000,"
            + "\"tells\":2}],\"periodSeconds\":1209600}],\"tradesOwn\":true,\"tradeRooms\":[\"bench\"]}";
    private static final String VERSION_2 = "{\"version\":2,\"community\":\"guild-1\",\"people\":[{\"who\":"
            + "\"p-00000000a1\",\"messages\":3,\"questions\":1,\"lastQuestion\":\"2026-03-02T10:00:00Z\","
            + "\"lastInChannels\":\"2026-03-02T10:00:00Z\"}]}";

    private final SnapshotJson json = new SnapshotJson("test");

    private static CoachEngine engine() {
        return CoachEngine.builder().rules(RuleCatalogue.standard().rules()).enrollment(u -> Optional.empty())
                .promoDetector(new SelfPromotionDetector()).pseudonyms(new Pseudonyms(Fixtures.SECRET)).build();
    }

    @Test
    void aVersion3DocumentsTeamQuestionMessagesAndConversationsComeBackAsTheyWereWritten() {
        CommunitySnapshot old = json.readCommunity(VERSION_3, "guild-1");
        CoachEngine engine = engine();

        engine.restoreCommunity(old);
        CommunitySnapshot back = engine.communitySnapshot(Fixtures.GUILD).orElseThrow();

        assertThat(back.teamQuestions()).isEqualTo(old.teamQuestions()).singleElement()
                .satisfies(q -> assertThat(q.staff()).containsExactly("p-00000000b2", "p-00000000c3"));
        assertThat(back.messages()).isEqualTo(old.messages());
        assertThat(back.conversations()).isEqualTo(old.conversations());
        assertThat(back.people()).isEqualTo(old.people());
        assertThat(back.recent()).isEqualTo(old.recent());
    }

    /** A version 5 document has no questions waiting in rooms: it reads as none, and the engine keeps none. */
    @Test
    void aVersion5DocumentLoadsWithNoQuestionsWaitingInRooms() {
        CommunitySnapshot old = json.readCommunity(VERSION_5, "guild-1");
        CoachEngine engine = engine();

        engine.restoreCommunity(old);
        CommunitySnapshot back = engine.communitySnapshot(Fixtures.GUILD).orElseThrow();

        assertThat(old.askedUnnamed()).isEmpty();
        assertThat(back.askedUnnamed()).isEmpty();
        assertThat(back.people()).isEqualTo(old.people());
        assertThat(back.messages()).isEqualTo(old.messages());
        assertThat(back.version()).isEqualTo(CommunitySnapshot.VERSION);
    }

    /**
     * A version 6 document kept no requests to the room, no trade's rooms and nobody who took a question up: it reads
     * as none, its people as they were.
     */
    @Test
    void aVersion6DocumentLoadsWithNoRequestsToTheRoomAndNoTradesRooms() {
        CommunitySnapshot old = json.readCommunity(VERSION_6, "guild-1");
        CoachEngine engine = engine();

        engine.restoreCommunity(old);
        CommunitySnapshot back = engine.communitySnapshot(Fixtures.GUILD).orElseThrow();

        assertThat(old.asked()).isEmpty();
        assertThat(old.tradesOwn()).isFalse();
        assertThat(old.tradeRooms()).isEmpty();
        assertThat(old.people()).singleElement().satisfies(m -> {
            assertThat(m.askedTheRoom()).isPresent();
            assertThat(m.askedTheRoomTakenUpBy()).isEmpty();
        });
        assertThat(back.asked()).isEmpty();
        assertThat(back.people()).isEqualTo(old.people());
        assertThat(back.version()).isEqualTo(CommunitySnapshot.VERSION);
    }

    /**
     * A version 8 document kept nobody as serving clients of their own: it reads as nobody, the rest of its people as
     * they were; written again, a person learned as serving clients reads back so.
     */
    @Test
    void aVersion8DocumentLoadsWithNobodyServingClientsAndVersion9KeepsThem() {
        CommunitySnapshot old = json.readCommunity(VERSION_8, "guild-1");
        CoachEngine engine = engine();

        engine.restoreCommunity(old);
        CommunitySnapshot back = engine.communitySnapshot(Fixtures.GUILD).orElseThrow();

        assertThat(old.people()).singleElement().satisfies(m -> {
            assertThat(m.seeksClients()).isTrue();
            assertThat(m.servesClients()).isFalse();
        });
        assertThat(back.people()).isEqualTo(old.people());
        assertThat(back.version()).isEqualTo(CommunitySnapshot.VERSION);

        CommunitySnapshot serving = new CommunitySnapshot(CommunitySnapshot.VERSION, old.community(),
                List.of(old.people().get(0).toBuilder().servesClients(true).build()),
                null, null, null, null, false, false, null);
        assertThat(json.readCommunity(json.write(serving), "guild-1").people())
                .singleElement().satisfies(p -> assertThat(p.servesClients()).isTrue());
    }

    /**
     * A document before version 14 kept nobody as having written in a trade's own room: it reads as nobody, the rest
     * of its people as they were; written again, a person known to have written there reads back so (session 52).
     */
    @Test
    void aDocumentBeforeVersion14LoadsWithNobodyKnownInATradesRoomAndVersion14KeepsThem() {
        CommunitySnapshot old = json.readCommunity(VERSION_9, "guild-1");

        assertThat(old.people()).singleElement().satisfies(m -> {
            assertThat(m.servesClients()).isTrue();
            assertThat(m.talkedInTradeRoom()).isFalse();
        });
        CommunitySnapshot fellow = new CommunitySnapshot(CommunitySnapshot.VERSION, old.community(),
                List.of(old.people().get(0).toBuilder().talkedInTradeRoom(true).build()),
                null, null, null, null, false, false, null);
        assertThat(json.readCommunity(json.write(fellow), "guild-1").people())
                .singleElement().satisfies(p -> assertThat(p.talkedInTradeRoom()).isTrue());
    }

    /**
     * A version 9 document kept nothing of whom a room's latest line was said to: it reads as said to the room, its
     * people and speakers as they were; written again, whom a line was said to reads back by pseudonym.
     */
    @Test
    void aVersion9DocumentsRoomsReadAsLastSpokenToTheRoomAndVersion10KeepsWhomTo() {
        CommunitySnapshot old = json.readCommunity(VERSION_9, "guild-1");
        CoachEngine engine = engine();

        engine.restoreCommunity(old);
        CommunitySnapshot back = engine.communitySnapshot(Fixtures.GUILD).orElseThrow();

        assertThat(old.rooms()).singleElement().satisfies(r -> {
            assertThat(r.speakers()).hasSize(2);
            assertThat(r.lastSaidTo()).isEmpty();
        });
        assertThat(back.rooms()).isEqualTo(old.rooms());
        assertThat(back.people()).isEqualTo(old.people());
        assertThat(back.version()).isEqualTo(CommunitySnapshot.VERSION);

        CommunitySnapshot.Room r = old.rooms().get(0);
        CommunitySnapshot toSomeone = new CommunitySnapshot(CommunitySnapshot.VERSION, old.community(), null, null,
                null, List.of(new CommunitySnapshot.Room(r.channel(), r.messages(), r.speakers(),
                List.of("p-00000000b2"))), null, false, false, null);
        String written = json.write(toSomeone);
        assertThat(written).contains("\"lastSaidTo\":[\"p-00000000b2\"]");
        assertThat(json.readCommunity(written, "guild-1").rooms()).singleElement()
                .satisfies(room -> assertThat(room.lastSaidTo()).containsExactly("p-00000000b2"));
    }

    /**
     * A version 10 document kept nothing of who talks to whom in a room, nor the groups rooms send askers to: it reads
     * as none, its norms and trade's rooms as they were; written again, both read back as they were written.
     */
    @Test
    void aVersion10DocumentLoadsWithNoLinesNorGroupsAndVersion11KeepsThem() {
        CommunitySnapshot old = json.readCommunity(VERSION_10, "guild-1");
        CoachEngine engine = engine();

        engine.restoreCommunity(old);
        CommunitySnapshot back = engine.communitySnapshot(Fixtures.GUILD).orElseThrow();

        assertThat(old.tradeGroups()).isEmpty();
        assertThat(old.norms()).singleElement().satisfies(n -> assertThat(n.lines()).isNull());
        assertThat(back.tradeGroups()).isEmpty();
        assertThat(back.tradesOwn()).isTrue();
        assertThat(back.tradeRooms()).isEqualTo(old.tradeRooms());
        assertThat(back.people()).isEqualTo(old.people());
        assertThat(back.version()).isEqualTo(CommunitySnapshot.VERSION);

        CommunitySnapshot.RoomNorm n = old.norms().get(0);
        CommunitySnapshot.Lines lines = new CommunitySnapshot.Lines(n.since(), n.lastPoster(), n.lastAt(), 1,
                List.of(new CommunitySnapshot.LinePoster("p-00000000a1", 40000, 2, 1, 0, 1, 0, 0)));
        CommunitySnapshot kept = new CommunitySnapshot(CommunitySnapshot.VERSION, old.community(), null, null, null,
                null, null, false, false, null).withNorms(List.of(new CommunitySnapshot.RoomNorm(n.channel(),
                        n.since(), n.lastPoster(), n.lastAt(), n.posters(), n.periodSeconds(), lines)))
                .withTradeGroups(List.of(new CommunitySnapshot.TradeGroup(-12345, true, Optional.empty()),
                        new CommunitySnapshot.TradeGroup(678, false, Optional.of(ChannelId.of("camp")))));
        CommunitySnapshot read = json.readCommunity(json.write(kept), "guild-1");
        assertThat(read.norms()).isEqualTo(kept.norms());
        assertThat(read.tradeGroups()).isEqualTo(kept.tradeGroups());
    }

    /**
     * A version 11 document kept no direct conversation's pitch: none is read (a follow-up after the restart waits on
     * its recipient as that build read it); version 12 keeps them, ids only, and leaves the field out when there are none.
     */
    @Test
    void aVersion11DocumentLoadsWithNoPitchInDirectAndVersion12KeepsThem() {
        CommunitySnapshot old = json.readCommunity(VERSION_10, "guild-1");
        assertThat(old.pitchesInDirect()).isEmpty();
        assertThat(json.write(old)).doesNotContain("pitchesInDirect");

        CommunitySnapshot kept = old.withPitchesInDirect(List.of(new CommunitySnapshot.PitchInDirect(
                ChannelId.of("dm-1"), dev.rapport.rules.model.MessageId.of("9001"))));
        String doc = json.write(kept);
        assertThat(doc).contains("\"pitchesInDirect\":[{\"channel\":\"dm-1\",\"message\":\"9001\"}]");
        assertThat(json.readCommunity(doc, "guild-1")).isEqualTo(kept);
    }

    /**
     * A version 12 document kept no time of the community's last message: none is read (nobody known to have written
     * since the restart, as that build read it); version 13 keeps it, a time only, and leaves the field out when
     * there is none.
     */
    @Test
    void aVersion12DocumentLoadsWithNoLastActivityAndVersion13KeepsIt() {
        CommunitySnapshot old = json.readCommunity(VERSION_10, "guild-1");
        assertThat(old.lastActivity()).isEmpty();
        assertThat(json.write(old)).doesNotContain("lastActivity");

        CommunitySnapshot kept = old.withLastActivity(java.util.Optional.of(
                java.time.Instant.parse("2026-09-18T11:20:17.398Z")));
        String doc = json.write(kept);
        assertThat(doc).contains("\"lastActivity\":\"2026-09-18T11:20:17.398Z\"");
        assertThat(json.readCommunity(doc, "guild-1")).isEqualTo(kept);
    }

    @Test
    void aVersion2DocumentLoadsWithNoneOfWhatVersion3Added() {
        CommunitySnapshot old = json.readCommunity(VERSION_2, "guild-1");
        CoachEngine engine = engine();

        engine.restoreCommunity(old);
        CommunitySnapshot back = engine.communitySnapshot(Fixtures.GUILD).orElseThrow();

        assertThat(back.teamQuestions()).isEmpty();
        assertThat(back.messages()).isEmpty();
        assertThat(back.conversations()).isEmpty();
        assertThat(back.people()).isEqualTo(old.people());
        assertThat(back.version()).isEqualTo(CommunitySnapshot.VERSION);
    }
}
