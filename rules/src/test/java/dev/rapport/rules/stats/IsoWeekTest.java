package dev.rapport.rules.stats;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IsoWeekTest {

    @Test
    void weekOneCanStartInTheOldYear() {
        assertThat(IsoWeek.of(LocalDate.of(2024, 12, 30))).isEqualTo(new IsoWeek(2025, 1));
    }

    @Test
    void parsesAndPrintsTheIsoForm() {
        assertThat(IsoWeek.parse("2026-w5")).hasToString("2026-W05");
    }

    @Test
    void rejectsTextThatIsNotAWeek() {
        assertThatThrownBy(() -> IsoWeek.parse("last week")).hasMessageContaining("2026-W05");
    }

    @Test
    void spansMondayToMonday() {
        IsoWeek w = new IsoWeek(2026, 2);
        assertThat(w.start(ZoneOffset.UTC)).isEqualTo(Instant.parse("2026-01-05T00:00:00Z"));
        assertThat(w.end(ZoneOffset.UTC)).isEqualTo(Instant.parse("2026-01-12T00:00:00Z"));
    }
}
