package dev.rapport.rules.stats;

import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a week's tally keeps of its own messages for the week's end ({@link TurnsRead}) comes back as it was, in a
 * fixed order; a week taken back from a document that kept none of it stays not whole however often it is kept again,
 * so it is never judged all about oneself, as before.
 */
class TurnsReadTest {
    private static final IsoWeek WEEK = IsoWeek.parse("2026-W02");
    private static final ChannelId PROGRESS = ChannelId.of("garden-progress");
    private static final ChannelId BENCH = ChannelId.of("bench-talk");

    /** A tally taken back from a snapshot's counts alone, as {@code UserState.restore} makes one. */
    private static WeekTally restored() {
        return WeekTally.restore(WEEK, Map.of("messages", 3), List.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                List.of(), false);
    }

    private static WeekTally aWeekTurnedToOneself() {
        WeekTally t = new WeekTally(WEEK);
        t.postedToRoom(PROGRESS, false, 20, 4, 0, 0);
        t.postedToRoom(BENCH, true, 5, 1, 1, 0, true);
        t.spokeToSomeone();
        t.ownTurn(MessageId.of("m2"), true, false, 0, 0, 0);
        t.ownTurn(MessageId.of("m1"), false, false, 20, 4, 0);
        t.talkedInTradeRoom(MessageId.of("m3"));
        return t;
    }

    @Test
    void whatTheWeeksEndReadsComesBackAsItWas() {
        WeekTally t = aWeekTurnedToOneself();
        TurnsRead kept = t.turnsRead();

        assertThat(kept.whole()).isTrue();
        assertThat(kept.conversed()).isTrue();
        assertThat(kept.roomPosts()).extracting(TurnsRead.RoomPosts::channel).containsExactly(BENCH, PROGRESS);
        assertThat(kept.roomPosts().get(0)).isEqualTo(new TurnsRead.RoomPosts(BENCH, 0, 5, 1, 1, 0, true));
        assertThat(kept.ownTurns()).extracting(TurnsRead.OwnTurn::message)
                .containsExactly(MessageId.of("m1"), MessageId.of("m2"));
        assertThat(kept.tradeRoomTurns()).containsExactly(MessageId.of("m3"));

        WeekTally back = restored();
        back.restoreTurnsRead(kept);
        assertThat(back.turnsRead()).isEqualTo(kept);
        assertThat(back.talkTurnedToOneself()).isEqualTo(t.talkTurnedToOneself()).isTrue();
        assertThat(back.tradeRoomTurns()).isEqualTo(1);
        assertThat(back.conversed()).isTrue();
        assertThat(back.roomPostChannels()).containsExactlyInAnyOrder(BENCH, PROGRESS);
        assertThat(back.inTalkRoom(BENCH)).isTrue();
    }

    @Test
    void aWeekFromADocumentThatKeptNoneOfItStaysNotWholeWhenKeptAgain() {
        WeekTally old = restored();
        old.ownTurn(MessageId.of("m9"), true, false, 0, 0, 0);
        TurnsRead kept = old.turnsRead();

        assertThat(kept.whole()).isFalse();
        assertThat(old.talkTurnedToOneself()).isFalse();
        WeekTally back = restored();
        back.restoreTurnsRead(kept);
        assertThat(back.talkTurnedToOneself()).isFalse();
        assertThat(back.turnsRead()).isEqualTo(kept);
    }

    @Test
    void anEmptyTallyKeepsNothingButThatItIsWhole() {
        assertThat(new WeekTally(WEEK).turnsRead()).isEqualTo(new TurnsRead(true, false, List.of(), List.of(),
                List.of()));
    }

    @Test
    void aClosedWeekKeepsItsCountsAndLetsGoOfWhatEachMessageSaid() {
        WeekTally t = aWeekTurnedToOneself();
        t.spokeToNobodyIn(PROGRESS);
        t.spokeToNobodyIn(BENCH);
        t.spokeToNobodyIn(PROGRESS);
        int turns = t.turns();
        int judged = t.judgedTurns();

        t.close();

        // The week's end read the per-message turns already; nothing reads them after it, so they go.
        assertThat(t.turns()).isEqualTo(turns);
        assertThat(t.judgedTurns()).isEqualTo(judged);
        assertThat(t.talkTurnedToOneself()).isFalse();
        assertThat(t.tradeRoomTurns()).isZero();
        // An edit or a deletion of one of its messages afterwards finds nothing to take back, and nothing breaks.
        t.ownTurnTakenBack(MessageId.of("m2"));
        assertThat(t.turns()).isEqualTo(turns);
        // The rooms spoken to nobody in stay, once each, in the order first reached (kept in the snapshot).
        assertThat(t.toNobodyIn()).containsExactly(PROGRESS, BENCH);
    }
}
