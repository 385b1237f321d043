package dev.rapport.rules.engine;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A few keys' latest times: a key noted again keeps its slot with the later time; a new key replaces the oldest. */
class LatestTimesTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void aKeyNotedAgainKeepsItsLatestTime() {
        LatestTimes<String> times = new LatestTimes<>(2);
        times.note("a", T0);
        times.note("a", T0.plusSeconds(60));

        assertThat(times.of("a")).contains(T0.plusSeconds(60));
        assertThat(times.of("b")).isEmpty();
    }

    @Test
    void oneKeyMoreThanItHoldsLetsTheOldestGo() {
        LatestTimes<String> times = new LatestTimes<>(2);
        times.note("a", T0);
        times.note("b", T0.plusSeconds(1));
        times.note("b", T0.plusSeconds(2));
        times.note("c", T0.plusSeconds(3));

        assertThat(times.of("a")).isEmpty();
        assertThat(times.of("b")).contains(T0.plusSeconds(2));
        assertThat(times.of("c")).contains(T0.plusSeconds(3));
    }
}
