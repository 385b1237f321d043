package dev.rapport.bot.coach;

import dev.rapport.bot.storage.state.PruneReport;
import dev.rapport.bot.storage.support.TickingClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** When the retention routine prunes: at its first look, then once a day. */
class CoachDailyRetentionTest {
    private static final Instant START = Instant.parse("2026-03-04T12:00:00Z");

    @Test
    void aFirstLookPrunesAtOnce() {
        assertThat(DailyRetention.due(Optional.empty(), START)).isTrue();
    }

    @Test
    void withinADayOfTheLastPruneNothingIsDueAndADayLaterItIs() {
        Optional<Instant> last = Optional.of(START);

        assertThat(DailyRetention.due(last, START.plus(Duration.ofHours(23).plusMinutes(59)))).isFalse();
        assertThat(DailyRetention.due(last, START.plus(Duration.ofDays(1)))).isTrue();
    }

    @Test
    void runningEveryHourPrunesOncePerDayWithTheConfiguredWeeks() {
        List<String> prunes = new ArrayList<>();
        TickingClock clock = new TickingClock(START);
        DailyRetention retention = new DailyRetention((weeks, at, owned) -> {
            prunes.add(weeks + "@" + at);
            return new PruneReport(1, 2);
        }, 12, Duration.ofHours(1), clock);

        for (int hour = 0; hour < 48; hour++) {
            retention.run();
            clock.advance(Duration.ofHours(1));
        }

        assertThat(prunes).containsExactly("12@" + START, "12@" + START.plus(Duration.ofDays(1)));
    }
}
