package dev.rapport.rules.text;

import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/** A room's topic or name that says when answers come there gives a question asked outside those hours more time. */
class AnsweringHoursTest {

    private static final Duration DAY = Duration.ofHours(24);

    @Test
    void readsTheDaysAndTimesAClauseSaysAnswersComeIn() {
        AnsweringHours hours = AnsweringHours.of(ChannelInfo.of("help-desk",
                "ask about your order; the team replies Monday to Friday, 8 to 4")).orElseThrow();
        assertThat(hours.days()).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertThat(hours.opens()).isEqualTo(LocalTime.of(8, 0));
        assertThat(hours.closes()).isEqualTo(LocalTime.of(16, 0));
        assertThat(AnsweringHours.of(ChannelInfo.of("bookings", "ask about a booking: we answer on weekdays"))
                .orElseThrow().days()).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertThat(AnsweringHours.of(ChannelInfo.of("ask", "orders and returns, staff reply Tue-Sat")).orElseThrow()
                .days()).isEqualTo(EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY));
    }

    @Test
    void readsNothingWhereNoClauseSaysWhenAnswersCome() {
        assertThat(AnsweringHours.of(ChannelInfo.of("news", "what's new, and when we open"))).isEmpty();
        assertThat(AnsweringHours.of(ChannelInfo.of("workshop", "members' corner; late openings Wed/Fri 7-10"))).isEmpty();
        assertThat(AnsweringHours.of(ChannelInfo.of("ask", "questions answered within 2-3 days"))).isEmpty();
        assertThat(AnsweringHours.of(ChannelInfo.of("ask", "ask anything, someone will answer"))).isEmpty();
    }

    @Test
    void aQuestionAskedAfterFridaysCloseWaitsFromMondaysOpening() {
        AnsweringHours hours = AnsweringHours.of(ChannelInfo.of("desk", "our staff reply weekdays, 9 to 5"))
                .orElseThrow();
        // Friday 9 January 2026, 18:10.
        Instant asked = Instant.parse("2026-01-09T18:10:00Z");
        assertThat(hours.due(asked, DAY, ZoneOffset.UTC)).isEqualTo(Instant.parse("2026-01-13T09:00:00Z"));
    }

    @Test
    void aQuestionAskedInHoursMidweekKeepsItsDay() {
        AnsweringHours hours = AnsweringHours.of(ChannelInfo.of("desk", "our staff reply weekdays, 9 to 5"))
                .orElseThrow();
        Instant asked = Instant.parse("2026-01-07T11:00:00Z");
        assertThat(hours.due(asked, DAY, ZoneOffset.UTC)).isEqualTo(asked.plus(DAY));
    }
}
