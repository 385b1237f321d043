package dev.rapport.rules.stats;

import dev.rapport.rules.audience.Audience;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeeklyStatsTest {

    private static WeeklyStats withMix(Map<Audience, Integer> mix) {
        return new WeeklyStats(4, 2, 1, 1, 0, 0, -1, 0, 0, 0, 0, 0.5, 1, 1, 1.0, mix, 1.0, 0, List.of());
    }

    @Test
    void audienceMixListsAudiencesInTheirOwnOrderWhateverTheOrderTheyCameIn() {
        Map<Audience, Integer> backwards = new LinkedHashMap<>();
        backwards.put(Audience.SEEKER, 3);
        backwards.put(Audience.PEER, 2);
        backwards.put(Audience.CUSTOMER, 1);

        assertThat(withMix(backwards).audienceMix().keySet())
                .containsExactly(Audience.CUSTOMER, Audience.PEER, Audience.SEEKER);
        assertThat(withMix(backwards).audienceMix()).containsEntry(Audience.SEEKER, 3);
    }

    @Test
    void audienceMixCannotBeChangedAfterwards() {
        WeeklyStats stats = withMix(Map.of(Audience.PEER, 2));

        assertThatThrownBy(() -> stats.audienceMix().put(Audience.PEER, 5))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static WeekTally reachedOutToBy(String... people) {
        WeekTally t = new WeekTally(IsoWeek.parse("2026-W06"));
        for (String p : people) {
            t.received(p, Audience.PEER);
        }
        return t;
    }

    @Test
    void reciprocityLeavesOutPeopleWhoWereOnlyThanked() {
        WeekTally t = reachedOutToBy("p-bea", "p-cal");
        // Bea's advice got a "thanks!"; Cal's question got an answer.
        t.gave("p-bea", Audience.PEER, +1);
        t.acknowledged("p-bea", +1);
        t.gave("p-cal", Audience.PEER, +1);
        t.helped("p-cal", +1);

        assertThat(WeeklyStats.of(t).reciprocity()).isEqualTo(0.5);
        assertThat(WeeklyStats.of(t).acknowledgements()).isEqualTo(1);
    }

    @Test
    void reciprocityCountsEveryoneWhoGotHelpBackThanksAlongsideOrNot() {
        WeekTally t = reachedOutToBy("p-bea", "p-cal");
        // Bea got thanks and then a review of her draft; Cal got a reaction to his demo.
        t.gave("p-bea", Audience.PEER, +1);
        t.acknowledged("p-bea", +1);
        t.gave("p-bea", Audience.PEER, +1);
        t.helped("p-bea", +1);
        t.gave("p-cal", Audience.PEER, +1);
        t.helped("p-cal", +1);

        assertThat(WeeklyStats.of(t).reciprocity()).isEqualTo(1.0);
    }
}
