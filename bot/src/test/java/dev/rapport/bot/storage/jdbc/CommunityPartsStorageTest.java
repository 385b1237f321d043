package dev.rapport.bot.storage.jdbc;

import dev.rapport.bot.storage.config.StorageConfig;
import dev.rapport.bot.storage.support.Fixtures;
import dev.rapport.bot.storage.support.QuietLogs;
import dev.rapport.bot.storage.support.TickingClock;
import dev.rapport.rules.engine.CommunitySnapshot;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A community's state is stored in parts, and a save writes only the parts that changed: on a real SQLite file, what
 * a save wrote is told by its rows' {@code updated_at}, the save's own clock tick.
 */
class CommunityPartsStorageTest {
    private static final Instant T0 = Instant.parse("2026-02-02T10:00:00Z");

    @TempDir
    Path dir;
    private final TickingClock clock = new TickingClock(T0);
    private StorageConfig config;
    private JdbcStorage storage;

    @BeforeAll
    static void quiet() {
        QuietLogs.apply();
    }

    @BeforeEach
    void open() {
        config = StorageConfig.sqlite(dir);
        storage = JdbcStorage.open(config, new Pseudonyms(Fixtures.SECRET), clock);
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void aCommunityComesBackFromItsPartsAsItWasSaved() {
        CommunitySnapshot busy = community(200, 40, 12);
        save(busy);

        assertThat(parts()).hasSizeGreaterThan(20);
        assertThat(storage.engineState().communities()).containsExactly(busy);
    }

    @Test
    void savingItUnchangedWritesNothingAndOnePersonsNewMessageRewritesOnlyTheirShare() {
        CommunitySnapshot busy = community(200, 40, 12);
        save(busy);

        assertThat(save(busy)).isEmpty();

        List<CommunitySnapshot.Member> people = new ArrayList<>(busy.people());
        CommunitySnapshot.Member p7 = people.get(7);
        people.set(7, member(p7.who(), p7.messages() + 1));
        CommunitySnapshot oneMore = with(busy, people);
        List<String> written = save(oneMore);

        assertThat(written).singleElement().satisfies(part -> assertThat(part).startsWith("people-"));
        assertThat(storage.engineState().communities()).containsExactly(oneMore);
    }

    /**
     * The saver serialises only the parts that differ from what it last wrote; a part changed behind it (another
     * process, an operator's restore) has another digest, so it is worked out and written again all the same.
     */
    @Test
    void aPartChangedBehindTheSaverIsWrittenAgainThoughTheCommunityIsUnchangedInMemory() throws SQLException {
        CommunitySnapshot busy = community(200, 40, 12);
        save(busy);
        try (Connection c = connect();
             PreparedStatement s = c.prepareStatement("UPDATE community_part SET state = ?, digest = 0 WHERE part = ?")) {
            s.setString(1, new SnapshotJson("test").write(community(3, 0, 0)));
            s.setString(2, "people-5");
            assertThat(s.executeUpdate()).isOne();
        }

        assertThat(save(busy)).containsExactly("people-5");
        assertThat(storage.engineState().communities()).containsExactly(busy);
        assertThat(save(busy)).isEmpty();
    }

    @Test
    void aCommunityThatShrankLeavesNoPartOfItsFormerPeopleBehind() {
        save(community(200, 0, 0));
        CommunitySnapshot few = community(3, 0, 0);

        save(few);

        assertThat(parts()).containsExactlyInAnyOrder("head", "people-0");
        assertThat(storage.engineState().communities()).containsExactly(few);
    }

    @Test
    void aCommunitySavedWholeBeforeSchema15IsReadAndMovedIntoPartsAtItsNextSave() throws SQLException {
        CommunitySnapshot old = community(30, 5, 5);
        try (Connection c = connect();
             PreparedStatement s = c.prepareStatement("INSERT INTO community_state (community_id, version, state, "
                     + "updated_at) VALUES (?, 1, ?, 0)")) {
            s.setString(1, old.community().value());
            s.setString(2, new SnapshotJson("test").write(old));
            s.executeUpdate();
        }
        assertThat(storage.engineState().communities()).containsExactly(old);

        save(old);

        assertThat(count("SELECT COUNT(*) FROM community_state")).isZero();
        assertThat(storage.engineState().communities()).containsExactly(old);
    }

    /**
     * The questions said to nobody by name that wait in rooms, with the last answer each asker got there (version
     * 6), come back from their own parts as saved; a new answer to one asker rewrites only that asker's share.
     */
    @Test
    void theQuestionsWaitingInRoomsComeBackFromTheirPartsAndOneNewAnswerRewritesOnlyItsShare() {
        CommunitySnapshot base = community(30, 5, 5);
        List<CommunitySnapshot.AskedUnnamed> asked = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            boolean answered = i % 2 == 0;
            asked.add(new CommunitySnapshot.AskedUnnamed(ChannelId.of("room-" + (100 + i % 5)),
                    base.people().get(i % 30).who(), List.of(MessageId.of(Long.toString(2_000_000L + i))),
                    answered ? Optional.of(base.people().get((i + 1) % 30).who()) : Optional.empty(),
                    answered ? Optional.of(T0.plusSeconds(3_600L + i)) : Optional.empty()));
        }
        asked.sort(java.util.Comparator.comparing((CommunitySnapshot.AskedUnnamed a) -> a.channel().value())
                .thenComparing(CommunitySnapshot.AskedUnnamed::asker));
        CommunitySnapshot waiting = base.withAskedUnnamed(asked);
        save(waiting);

        assertThat(parts()).anySatisfy(part -> assertThat(part).startsWith("unnamed-"));
        assertThat(storage.engineState().communities()).containsExactly(waiting);

        List<CommunitySnapshot.AskedUnnamed> oneMore = new ArrayList<>(asked);
        CommunitySnapshot.AskedUnnamed a7 = oneMore.get(7);
        oneMore.set(7, new CommunitySnapshot.AskedUnnamed(a7.channel(), a7.asker(), a7.questions(),
                Optional.of(base.people().get(0).who()), Optional.of(T0.plusSeconds(7_200))));
        CommunitySnapshot answeredNow = waiting.withAskedUnnamed(oneMore);

        assertThat(save(answeredNow)).singleElement().satisfies(part -> assertThat(part).startsWith("unnamed-"));
        assertThat(storage.engineState().communities()).containsExactly(answeredNow);
    }

    /**
     * The requests to the room lately, whether the community is a trade's own and which rooms are (version 7), come
     * back as saved: the requests from parts by the day they were asked, the rest with the head; a new request
     * rewrites only its day's part.
     */
    @Test
    void theRequestsToTheRoomComeBackFromTheirDaysPartsAndANewOneRewritesOnlyItsDay() {
        CommunitySnapshot base = community(30, 5, 5);
        List<CommunitySnapshot.Asked> asked = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            asked.add(new CommunitySnapshot.Asked(T0.plusSeconds(3_600L * 6 * i), base.people().get(i % 30).who(),
                    ChannelId.of("room-" + (100 + i % 5)), i % 3 == 0));
        }
        List<ChannelId> tradeRooms = List.of(ChannelId.of("room-101"), ChannelId.of("room-103"));
        CommunitySnapshot kept = base.withRequests(asked, true, tradeRooms);
        save(kept);

        assertThat(parts()).anySatisfy(part -> assertThat(part).startsWith("asked-"));
        assertThat(storage.engineState().communities()).containsExactly(kept);

        List<CommunitySnapshot.Asked> oneMore = new ArrayList<>(asked);
        oneMore.add(new CommunitySnapshot.Asked(T0.plusSeconds(3_600L * 6 * 20), base.people().get(0).who(),
                ChannelId.of("room-100"), false));
        CommunitySnapshot later = kept.withRequests(oneMore, true, tradeRooms);

        assertThat(save(later)).singleElement().satisfies(part -> assertThat(part).startsWith("asked-"));
        assertThat(storage.engineState().communities()).containsExactly(later);
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /** Saves {@code s} as the periodic saver does; returns the parts the save wrote. */
    private List<String> save(CommunitySnapshot s) {
        long tick = clock.tick();
        storage.engineState().saveAll(List.of(), List.of(s));
        return strings("SELECT part FROM community_part WHERE updated_at = " + tick);
    }

    private List<String> parts() {
        return strings("SELECT part FROM community_part");
    }

    private static CommunitySnapshot community(int people, int open, int rooms) {
        List<CommunitySnapshot.Member> members = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            members.add(member(String.format("p-%016x", 0x1000L + i * 7919L), i % 5 + 1));
        }
        members.sort(java.util.Comparator.comparing(CommunitySnapshot.Member::who));
        List<CommunitySnapshot.Request> requests = new ArrayList<>();
        List<CommunitySnapshot.Recent> recent = new ArrayList<>();
        for (int i = 0; i < open; i++) {
            MessageId id = MessageId.of(Long.toString(1_000_000L + i));
            requests.add(new CommunitySnapshot.Request(id, members.get(i % people).who(), ChannelId.of("help"),
                    T0.plusSeconds(60L * i), List.of(11 * i, 13 * i), i % 2 == 0, List.of()));
            recent.add(new CommunitySnapshot.Recent(id, T0.plusSeconds(60L * i), i % 3 == 0));
        }
        List<CommunitySnapshot.Room> roomList = new ArrayList<>();
        for (int i = 0; i < rooms; i++) {
            roomList.add(new CommunitySnapshot.Room(ChannelId.of("room-" + (100 + i)), 10,
                    List.of(new CommunitySnapshot.Spoke(members.get(i % people).who(), T0.plusSeconds(i)))));
        }
        return new CommunitySnapshot(CommunitySnapshot.VERSION, Fixtures.GUILD, members, requests, recent, roomList,
                people > 2 ? List.of(members.get(2).who()) : List.of(), true, false, List.of("Customer"));
    }

    private static CommunitySnapshot.Member member(String who, int messages) {
        return CommunitySnapshot.Member.builder(who).messages(messages).questions(1).lastQuestion(Optional.of(T0))
                .lastInChannels(Optional.of(T0)).build();
    }

    private static CommunitySnapshot with(CommunitySnapshot s, List<CommunitySnapshot.Member> people) {
        return new CommunitySnapshot(s.version(), s.community(), people, s.open(), s.recent(), s.rooms(), s.sellers(),
                s.tradeOffered(), s.referralsSeen(), s.recognisedRoles());
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(config.url());
    }

    private List<String> strings(String sql) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (r.next()) {
                out.add(r.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
