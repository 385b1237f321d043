package dev.rapport.rules.engine;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's day of the week is the one a date in the zone gives, at every instant and in every kind of zone. */
class DayOfWeekTest {
    private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneId.of("UTC"), ZoneOffset.ofHours(-11),
            ZoneOffset.ofHoursMinutes(5, 45), ZoneOffset.ofHours(14), ZoneId.of("Europe/Paris"),
            ZoneId.of("America/St_Johns"), ZoneId.of("Pacific/Apia"));

    @Test
    void theDayOfWeekIsTheDatesAtRandomInstantsAndAroundMidnight() {
        Random random = new Random(12);
        for (int i = 0; i < 20_000; i++) {
            // Seconds from 1900 to 2100, and some instants before 1970 with nanoseconds.
            Instant at = Instant.ofEpochSecond(random.nextLong(-2_208_988_800L, 4_102_444_800L),
                    random.nextInt(1_000_000_000));
            for (ZoneId zone : ZONES) {
                assertThat(CoachEngine.dayOfWeek(at, zone)).as("%s in %s", at, zone)
                        .isEqualTo(at.atZone(zone).getDayOfWeek());
            }
        }
        for (long day = -800; day < 800; day++) {
            for (long second : new long[]{-1, 0, 1, 86_399}) {
                Instant at = Instant.ofEpochSecond(day * 86_400 + second);
                for (ZoneId zone : ZONES) {
                    assertThat(CoachEngine.dayOfWeek(at, zone)).isEqualTo(at.atZone(zone).getDayOfWeek());
                }
            }
        }
    }
}
