package dev.rapport.rules.score;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeeklyStats;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static dev.rapport.rules.score.Weeks.week;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScoreCardTest {
    private static final IsoWeek W10 = new IsoWeek(2026, 10);

    @Test
    void holds_the_eight_weeks_ending_with_the_week_oldest_first() {
        ScoreCard card = ScoreCard.of(W10, Map.of(W10, week().stats()));
        assertThat(card.series()).extracting(ScoreCard.Point::week)
                .containsExactly(new IsoWeek(2026, 3), new IsoWeek(2026, 4), new IsoWeek(2026, 5), new IsoWeek(2026, 6),
                        new IsoWeek(2026, 7), new IsoWeek(2026, 8), new IsoWeek(2026, 9), W10);
        assertThat(card.series().subList(0, 7)).allSatisfy(p -> assertThat(p.score()).isEmpty());
    }

    @Test
    void changes_against_last_week_per_pillar_and_in_total() {
        Map<IsoWeek, WeeklyStats> weeks = new HashMap<>();
        weeks.put(new IsoWeek(2026, 9), week().linkMessages(4).stats());     // link restraint 0
        weeks.put(W10, week().linkMessages(1).answered(3).stats());          // 25, and give first 25
        ScoreCard card = ScoreCard.of(W10, weeks);
        assertThat(card.line(Pillar.LINK_RESTRAINT).change()).contains(25);
        assertThat(card.line(Pillar.GIVE_FIRST).change()).contains(25);
        assertThat(card.line(Pillar.CONVERSE).change()).contains(0);
        assertThat(card.total().change()).contains(50);
        assertThat(card.total().max()).isEqualTo(100);
    }

    @Test
    void no_change_without_a_score_last_week() {
        ScoreCard card = ScoreCard.of(W10, Map.of(W10, week().stats(), new IsoWeek(2026, 8), week().stats()));
        assertThat(card.total().change()).isEmpty();
        assertThat(card.total().now()).isPresent();
    }

    @Test
    void the_trend_is_the_slope_over_the_last_four_weeks_that_have_a_score() {
        Map<IsoWeek, WeeklyStats> weeks = new HashMap<>();
        // Reach 0, 13 (a quarter), 25: weeks 7, 8 and 10 (9 silent). Slope over x = 4, 5, 7: +8 a week.
        weeks.put(new IsoWeek(2026, 6), week().with(Audience.SEEKER, 9).stats());   // outside the four weeks
        weeks.put(new IsoWeek(2026, 7), week().with(Audience.PEER, 4).stats());
        weeks.put(new IsoWeek(2026, 8), week().with(Audience.CUSTOMER, 1).with(Audience.PEER, 3).stats());
        weeks.put(W10, week().with(Audience.CUSTOMER, 4).stats());
        Trend t = ScoreCard.of(W10, weeks).line(Pillar.REACH_CUSTOMERS).trend().orElseThrow();
        assertThat(t.weeks()).isEqualTo(3);
        assertThat(t.perWeek()).isCloseTo(8.0, within(0.01));
        assertThat(t.direction()).isEqualTo(Trend.Direction.UP);
        assertThat(t.describe()).isEqualTo("↑ rising 8.0 a week");
    }

    @Test
    void a_steady_number_has_a_flat_trend_and_one_week_has_none() {
        Map<IsoWeek, WeeklyStats> weeks = new HashMap<>();
        for (int w = 7; w <= 10; w++) {
            weeks.put(new IsoWeek(2026, w), week().stats());
        }
        assertThat(ScoreCard.of(W10, weeks).total().trend().orElseThrow().direction()).isEqualTo(Trend.Direction.FLAT);
        assertThat(ScoreCard.of(W10, Map.of(W10, week().stats())).total().trend()).isEmpty();
    }

    @Test
    void falls_across_the_turn_of_a_53_week_year() {
        // 2026 has an ISO week 53 (it ends on a Thursday): the series runs 2026-W53 -> 2027-W01 without a gap.
        IsoWeek w1 = new IsoWeek(2027, 1);
        Map<IsoWeek, WeeklyStats> weeks = Map.of(new IsoWeek(2026, 53), week().linkMessages(1).stats(),
                w1, week().linkMessages(4).stats());
        ScoreCard card = ScoreCard.of(w1, weeks);
        assertThat(card.series().get(6).week()).isEqualTo(new IsoWeek(2026, 53));
        assertThat(card.line(Pillar.LINK_RESTRAINT).change()).contains(-25);
        assertThat(card.line(Pillar.LINK_RESTRAINT).trend().orElseThrow().direction()).isEqualTo(Trend.Direction.DOWN);
    }
}
