package dev.rapport.bot.coach;

import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.IsoWeek;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a weekly digest becomes due, and which week it is about, in awkward zones: the digest moment is the person's
 * digest day and hour in their zone (moved to the first valid instant when daylight saving skips it), and the week
 * is the ISO week before the one that moment falls in.
 */
class DigestMomentTimeZoneTest {
    private static final Instant CONSENT = Instant.parse("2018-01-01T00:00:00Z");

    static Stream<Arguments> moments() {
        return Stream.of(
                // Sao Paulo skipped Sunday 2018-11-04 00:00 (to 01:00, -02:00): a digest at 0:00 comes at 01:00.
                Arguments.of("America/Sao_Paulo", DayOfWeek.SUNDAY, 0, "2018-11-04T03:00:00Z", new IsoWeek(2018, 43)),
                // Berlin skipped Sunday 2026-03-29 02:00 (to 03:00 CEST): a digest at 2:00 comes at 03:00 CEST.
                Arguments.of("Europe/Berlin", DayOfWeek.SUNDAY, 2, "2026-03-29T01:00:00Z", new IsoWeek(2026, 12)),
                // Berlin lived Sunday 2026-10-25 02:00 twice: the digest comes at the first of them (CEST).
                Arguments.of("Europe/Berlin", DayOfWeek.SUNDAY, 2, "2026-10-25T00:00:00Z", new IsoWeek(2026, 42)),
                // Kolkata, +05:30: Monday 00:00 is Sunday 18:30 UTC.
                Arguments.of("Asia/Kolkata", DayOfWeek.MONDAY, 0, "2026-01-11T18:30:00Z", new IsoWeek(2026, 2)),
                // Chatham, +13:45 in January: Monday 09:00 is Sunday 19:15 UTC.
                Arguments.of("Pacific/Chatham", DayOfWeek.MONDAY, 9, "2026-01-11T19:15:00Z", new IsoWeek(2026, 2)),
                // The Monday after ISO week 53 sends the digest of 2026-W53.
                Arguments.of("UTC", DayOfWeek.MONDAY, 9, "2027-01-04T09:00:00Z", new IsoWeek(2026, 53)));
    }

    @ParameterizedTest(name = "{0}: {1} at {2}:00 is {3}")
    @MethodSource("moments")
    void the_digest_is_due_from_its_moment_and_is_about_the_week_before(String zone, DayOfWeek day, int hour,
                                                                         String moment, IsoWeek week) {
        OptIn ana = OptIn.consent("discord", UserId.of("ana"), CommunityId.of("1"), CONSENT, ZoneId.of(zone))
                .withDigest(day, hour);
        Instant at = Instant.parse(moment);

        assertThat(digestOfDue(ana, at.minusSeconds(1), week)).as("a second before").isFalse();
        assertThat(digestOfDue(ana, at, week)).as("at the moment").isTrue();
        Instant lastSecond = week.next().end(ana.zone()).minusSeconds(1);
        assertThat(digestOfDue(ana, lastSecond, week)).as("until the week of the moment ends").isTrue();
        assertThat(digestOfDue(ana, lastSecond.plusSeconds(1), week)).as("then the next digest's turn").isFalse();
    }

    /** What the routine decides at {@code now}: a digest is due, and it is the one of {@code week}. */
    private static boolean digestOfDue(OptIn optIn, Instant now, IsoWeek week) {
        return WeeklyDigests.due(optIn, now) && IsoWeek.of(now, optIn.zone()).previous().equals(week);
    }
}
