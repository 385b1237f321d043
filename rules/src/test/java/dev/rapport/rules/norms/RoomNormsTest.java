package dev.rapport.rules.norms;

import dev.rapport.rules.model.ChannelId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** How a channel's habits become its norm: several of the others, most of those who start things, for a while. */
class RoomNormsTest {
    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    private static final ChannelId ROOM = ChannelId.of("room");
    private static final long JUDGED = 99;
    private static final RoomPost TELLS = RoomPost.of(false, false, false, false, 1);
    private static final RoomPost ASKS = RoomPost.of(false, false, true, false, 1);
    private static final RoomPost SHOWS = RoomPost.of(false, false, false, true, 1);

    private final RoomNorms norms = new RoomNorms(RoomNormSettings.DEFAULTS);
    private Instant now = MONDAY;

    /** Each poster in turn, hours apart (each post starts something), {@code rounds} times over. */
    private void post(RoomPost post, int rounds, long... posters) {
        for (int r = 0; r < rounds; r++) {
            for (long p : posters) {
                now = now.plus(Duration.ofHours(5));
                norms.observe(ROOM, p, now, post);
            }
        }
    }

    private Norm normAfterAWeek() {
        return norms.of(ROOM, JUDGED, MONDAY.plus(Duration.ofDays(8)));
    }

    @Test
    void postsToTheRoomByFourRegularsAreTheRoomsNorm() {
        post(TELLS, 2, 1, 2, 3, 4);
        assertThat(normAfterAWeek().postsToRoom()).isTrue();
    }

    @Test
    void oneProlificPosterMakesNoNorm() {
        post(TELLS, 20, 1);
        post(TELLS, 1, 2);
        assertThat(normAfterAWeek()).isEqualTo(Norm.NONE);
    }

    @Test
    void whereTheRegularsAlsoAskTheRoomThingsItIsAPlaceToTalk() {
        post(TELLS, 2, 1, 2, 3, 4);
        post(ASKS, 1, 2, 3);
        assertThat(normAfterAWeek().postsToRoom()).isFalse();
    }

    @Test
    void thePersonJudgedNeverMakesTheirOwnNorm() {
        post(TELLS, 5, JUDGED, 1, 2);
        assertThat(normAfterAWeek()).isEqualTo(Norm.NONE);
    }

    @Test
    void aRoomWatchedForLessThanAWeekHasNoKnownHabitYet() {
        post(TELLS, 2, 1, 2, 3, 4);
        assertThat(norms.of(ROOM, JUDGED, MONDAY.plus(Duration.ofDays(3)))).isEqualTo(Norm.NONE);
    }

    @Test
    void habitsFadeOnceTheirMemoryHasPassed() {
        post(TELLS, 2, 1, 2, 3, 4);
        assertThat(norms.of(ROOM, JUDGED, MONDAY.plus(Duration.ofDays(70)))).isEqualTo(Norm.NONE);
    }

    @Test
    void threeRegularsShowingTheirOwnWorkWithLinksMakeThatTheNorm() {
        post(SHOWS, 2, 1, 2, 3);
        assertThat(normAfterAWeek().showsOwn()).isTrue();
    }

    @Test
    void twoPeopleDumpingLinksMakeNoNorm() {
        post(SHOWS, 15, 1, 2);
        assertThat(normAfterAWeek().showsOwn()).isFalse();
    }

    @Test
    void turnedOffThereIsNoNorm() {
        RoomNorms off = new RoomNorms(RoomNormSettings.OFF);
        for (int p = 1; p <= 4; p++) {
            off.observe(ROOM, p, MONDAY.plus(Duration.ofHours(5L * p)), TELLS);
        }
        assertThat(off.of(ROOM, JUDGED, MONDAY.plus(Duration.ofDays(8)))).isEqualTo(Norm.NONE);
    }

    /** A line right after someone else's is a turn in their conversation, not a post to the room. */
    @Test
    void linesSaidIntoAConversationGoingOnAreNotPostsToTheRoom() {
        for (int r = 0; r < 3; r++) {
            for (long p = 1; p <= 4; p++) {
                now = now.plus(Duration.ofMinutes(5));
                norms.observe(ROOM, p, now, TELLS);
            }
            now = now.plus(Duration.ofDays(1));
        }
        // Each round the first line starts something; the other three answer it: one teller, not four.
        assertThat(normAfterAWeek()).isEqualTo(Norm.NONE);
    }

    // --- kept across a restart, when the memory setting changed in between --------------------------------------

    /** The norm learned under the default memory, taken back by a coach whose norms remember {@code memory}. */
    private Norm afterARestartWith(Duration memory, boolean periodKept) {
        post(TELLS, 2, 1, 2, 3, 4);
        RoomNorms restarted = new RoomNorms(new RoomNormSettings(true, 3, 0.75, memory));
        if (periodKept) {
            restarted.restore(ROOM, norms.habits(ROOM), norms.periodSeconds());
        } else {
            restarted.restore(ROOM, norms.habits(ROOM));
        }
        return restarted.of(ROOM, JUDGED, MONDAY.plus(Duration.ofDays(8)));
    }

    @Test
    void aNormTakenBackUnderALongerMemoryIsReadAtTheTimesItWasCounted() {
        assertThat(afterARestartWith(Duration.ofDays(42), true).postsToRoom()).isTrue();
    }

    @Test
    void aNormTakenBackUnderAShorterMemoryIsReadAtTheTimesItWasCountedToo() {
        assertThat(afterARestartWith(Duration.ofDays(20), true).postsToRoom()).isTrue();
    }

    /** What a restart did before the periods' length was kept: every count read years away, the norm forgotten. */
    @Test
    void theSameCountsReadOnTheNewSettingsScaleAreLost() {
        assertThat(afterARestartWith(Duration.ofDays(42), false)).isEqualTo(Norm.NONE);
    }

    /** Under a shorter memory, what it no longer reaches back to fades as it would have. */
    @Test
    void aNormTakenBackUnderAShorterMemoryStillFadesOnItsTime() {
        post(TELLS, 2, 1, 2, 3, 4);
        RoomNorms restarted = new RoomNorms(new RoomNormSettings(true, 3, 0.75, Duration.ofDays(4)));
        restarted.restore(ROOM, norms.habits(ROOM), norms.periodSeconds());
        assertThat(restarted.of(ROOM, JUDGED, now.plus(Duration.ofDays(5)))).isEqualTo(Norm.NONE);
    }
}
