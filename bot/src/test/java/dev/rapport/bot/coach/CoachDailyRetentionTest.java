package dev.rapport.bot.coach;

import dev.rapport.bot.storage.state.PruneReport;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
        Instant[] now = {START};
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        DailyRetention retention = new DailyRetention((weeks, at, owned) -> {
            prunes.add(weeks + "@" + at);
            return new PruneReport(1, 2);
        }, 12, Duration.ofHours(1), clock);

        for (int hour = 0; hour < 48; hour++) {
            retention.run();
            now[0] = now[0].plus(Duration.ofHours(1));
        }

        assertThat(prunes).containsExactly("12@" + START, "12@" + START.plus(Duration.ofDays(1)));
    }
}
