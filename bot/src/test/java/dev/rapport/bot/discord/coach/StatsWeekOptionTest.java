package dev.rapport.bot.discord.coach;

import dev.rapport.bot.coach.BadOption;
import dev.rapport.bot.coach.OptionValues;
import dev.rapport.rules.stats.IsoWeek;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code /coach stats week:<n>}: an ISO week, or how many weeks back. */
class StatsWeekOptionTest {
    private static final IsoWeek NOW = new IsoWeek(2027, 2);

    @Test
    void a_number_counts_weeks_back_across_a_53_week_year() {
        assertThat(OptionValues.week("0", NOW)).isEqualTo(NOW);
        assertThat(OptionValues.week("1", NOW)).isEqualTo(new IsoWeek(2027, 1));
        assertThat(OptionValues.week(" 2 ", NOW)).isEqualTo(new IsoWeek(2026, 53));
    }

    @Test
    void an_iso_week_is_taken_as_written() {
        assertThat(OptionValues.week("2026-w05", NOW)).isEqualTo(new IsoWeek(2026, 5));
    }

    @Test
    void nonsense_and_too_far_back_are_refused_saying_what_works() {
        assertThatThrownBy(() -> OptionValues.week("last tuesday", NOW)).hasMessageContaining("Write it like 2026-W05, or 1 for last week");
        assertThatThrownBy(() -> OptionValues.week("99999999999", NOW)).hasMessageContaining("too far back");
        assertThatThrownBy(() -> OptionValues.week("-1", NOW)).hasMessageContaining("is not a week");
    }
}
