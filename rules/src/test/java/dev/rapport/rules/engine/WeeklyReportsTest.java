package dev.rapport.rules.engine;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeekTally;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A week rebuilt from stored state keeps what each counterpart did, down to the days they helped the person. */
class WeeklyReportsTest {
    private static final IsoWeek WEEK = IsoWeek.parse("2026-W06");
    private static final int MONDAY = 1;
    private static final int WEDNESDAY = 1 << 2;
    private static final int FRIDAY = 1 << 4;

    private static UserSnapshot.Week week(Map<String, UserSnapshot.Counterpart> counterparts) {
        return new UserSnapshot.Week(WEEK, Map.of("messages", 3), List.of(), Map.of(Audience.PEER, 4),
                Map.of("makers", 3), counterparts, List.of(), true);
    }

    @Test
    void aWeekRestoredFromItsSnapshotKeepsTheDaysEachCounterpartHelpedOn() {
        UserSnapshot.Week stored = week(Map.of("p-bea",
                new UserSnapshot.Counterpart(2, 3, Audience.PEER, 1, 1, MONDAY | WEDNESDAY | FRIDAY)));

        WeekTally.CounterpartTally bea = WeeklyReports.tally(stored).counterparts().get("p-bea");

        assertThat(bea.receivedDays()).isEqualTo(MONDAY | WEDNESDAY | FRIDAY);
        assertThat(bea.occasions()).isEqualTo(3);
        assertThat(bea.helped()).isEqualTo(1);
        assertThat(bea.acknowledged()).isEqualTo(1);
    }

    @Test
    void theSameWeekInTwoCommunitiesJoinsTheDaysRatherThanAddingThem() {
        UserSnapshot.Week garden = week(Map.of("p-bea", new UserSnapshot.Counterpart(1, 2, Audience.PEER, 1, 0,
                MONDAY | WEDNESDAY)));
        UserSnapshot.Week makers = week(Map.of("p-bea", new UserSnapshot.Counterpart(1, 1, Audience.PEER, 0, 1,
                WEDNESDAY)));

        WeekTally both = WeeklyReports.combine(WEEK, List.of(WeeklyReports.tally(garden), WeeklyReports.tally(makers)));
        WeekTally.CounterpartTally bea = both.counterparts().get("p-bea");

        // Wednesday in both communities is still one day on which Bea helped.
        assertThat(bea.receivedDays()).isEqualTo(MONDAY | WEDNESDAY);
        assertThat(bea.occasions()).isEqualTo(2);
        assertThat(bea.received()).isEqualTo(3);
    }

    @Test
    void aWeekStoredBeforeDaysWereKeptStillCountsEachMessageAsAnOccasion() {
        UserSnapshot.Week stored = week(Map.of("p-bea", new UserSnapshot.Counterpart(0, 2, Audience.PEER, 0, 0)));

        WeekTally.CounterpartTally bea = WeeklyReports.tally(stored).counterparts().get("p-bea");

        assertThat(bea.receivedDays()).isZero();
        assertThat(bea.occasions()).isEqualTo(2);
    }
}
