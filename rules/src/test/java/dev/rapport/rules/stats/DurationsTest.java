package dev.rapport.rules.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DurationsTest {

    @Test
    void durationsAreSaidInTheUnitPeopleWouldUse() {
        assertThat(Durations.humane(1)).isEqualTo("1 second");
        assertThat(Durations.humane(45)).isEqualTo("45 seconds");
        assertThat(Durations.humane(40 * 60)).isEqualTo("40 minutes");
        assertThat(Durations.humane(3 * 3600)).isEqualTo("3 hours");
        assertThat(Durations.humane(5 * 86_400)).isEqualTo("5 days");
    }

    @Test
    void aReplyInTheSameMinuteIsSaidToComeWithinAMinuteNotWithinZeroSeconds() {
        // Logs that stamp whole minutes measure a same-minute reply as 0 seconds.
        assertThat(Durations.within(0)).isEqualTo("a minute");
        assertThat(Durations.within(59)).isEqualTo("a minute");
    }

    @Test
    void slowerRepliesKeepTheirMeasuredTime() {
        assertThat(Durations.within(60)).isEqualTo("60 seconds");
        assertThat(Durations.within(6 * 3600)).isEqualTo("6 hours");
    }
}
