package dev.rapport.rules.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class AbsenceNoticeTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "right, offline till Tuesday, the kids are off school",
        "I'm away this weekend, camping with no signal",
        "heading off now until Wednesday, behave",
        "on holiday until the 14th, ping Sam if it's urgent",
        "that's me done for the week! enjoy your weekends",
        "logging off, back on Thursday",
        "Off all weekend, see you all after",
        "I'll be back tomorrow afternoon",
        "won't be around until monday, shout at Sam",
        "i wont be online till next tuesday sorry",
        "on vacation till next monday 🌴",
        "not around this weekend, back monday",
        "fair warning, I'm swamped with exam marking until Friday night",
        "I'm snowed under with the audit till the 3rd, slow replies",
        "I'm off to the lakes from Friday and back on the 9th, Priya has the keys",
    })
    void anAbsenceWithAKnownReturnIsAnnounced(String text) {
        assertThat(AbsenceNotice.is(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "off to the fair for a few days",
        "can you bring the ladder back tomorrow?",
        "I'll get back to you on Friday with the numbers",
        "the shop is out of stock until Monday",
        "we sold out this weekend, what a market",
        "took the afternoon off and went swimming",
        "I'll be around until monday if anyone needs the van",
        "the owner is not around until tuesday, the shop is shut",
        "the printer is buried under paper until someone tidies it",
        "the inbox was swamped with spam until Friday",
        "we drove to the depot and back on Monday, long day",
        "I'm swamped with work at the moment",
    })
    void otherTalkOfDaysAndBeingOffIsNot(String text) {
        assertThat(AbsenceNotice.is(text)).isFalse();
    }

    /**
     * Away is said in many ways besides "off" and "away": on shift, travelling, out of reach, at an event, or by taking
     * leave until a named day. Each keeps the person from the chat until the day they name.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "on three nights in a row starting tonight, phone stays in the car, see you friday",
        "I'm on nights until Wednesday so slow replies",
        "on call till monday, don't expect much from me",
        "travelling till Sunday, will catch up after",
        "I'm at the Harrogate flower show till Saturday with the stall",
        "no signal until tuesday, we're up in the hills",
        "night all, see you thursday",
        "right, catch you all on monday!",
    })
    void beingBusyElsewhereUntilADayIsAnAbsenceToo(String text) {
        assertThat(AbsenceNotice.is(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the bakery is on a break until thursday",
        "the discount is at 20% till Sunday",
        "she's at the show till saturday, ask her then",
        "the night shift rota is up until friday",
        "the booking stays open till friday, see you there",
        "did you see the forecast for the weekend?",
    })
    void otherTalkOfShiftsEventsAndDaysIsNot(String text) {
        assertThat(AbsenceNotice.is(text)).isFalse();
    }

    /**
     * A leave can name its end by the month ("back in September", "away until next month") or as the end of a span
     * from one day to another ("from the 2nd to June"): that is as known a return as a weekday after "until".
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "I'm away on the trawler from the 2nd to June, no phone out there",
        "off from Friday to the 20th, Sam has the keys to the unit",
        "right, on leave from tomorrow until next month, be good",
        "gone walking the pilgrim route until September, wish me luck",
    })
    void aLeaveEndingOnAMonthOrAtTheEndOfASpanIsAnnounced(String text) {
        assertThat(AbsenceNotice.is(text)).isTrue();
    }

    /** A weekly routine from one day to another, or someone else's span, is no leave of one's own. */
    @ParameterizedTest
    @ValueSource(strings = {
        "I'm working from Monday to Friday, so weekends suit me best",
        "we're open from the 3rd to April for the winter menu",
        "the exhibition runs from Friday to the 20th in the old mill",
        "she is away from the 5th to May, ask the other warden",
    })
    void aRoutineOrSomeoneElsesSpanIsNot(String text) {
        assertThat(AbsenceNotice.is(text)).isFalse();
    }

    /**
     * A leave for a counted span ("for a week", "for a fortnight") names its return as surely as a day does; so does a
     * span from one weekday to another of a week named, away or busy elsewhere.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "I'm off to Crete tomorrow for a week, phone off",
        "away for a fortnight from Saturday, Jo has the keys",
        "right, I'm off for two weeks, behave",
        "I'm at a conference in Leeds Tuesday to Friday next week, slow replies",
        "heads up, I'm away Monday to Wednesday next week",
    })
    void aLeaveForACountedSpanOrAWeekdaySpanOfANamedWeekIsAnnounced(String text) {
        assertThat(AbsenceNotice.is(text)).isTrue();
    }

    /** A weekday span with no week named is a routine; a vague span, someone else's, or one past, is no leave. */
    @ParameterizedTest
    @ValueSource(strings = {
        "I'm at the depot Monday to Friday, evenings are best",
        "the market runs Tuesday to Friday next week",
        "I was off for a week with flu and missed it all",
        "she's away for a fortnight, ask the warden",
        "heading off for a few days to clear my head",
    })
    void aRoutineAVagueSpanOrSomeoneElsesLeaveIsNot(String text) {
        assertThat(AbsenceNotice.is(text)).isFalse();
    }

    // --- the day a notice of being busy names for the return ------------------------------------------------------

    /** Monday 5 January 2026, mid-morning. */
    private static final Instant MONDAY = Instant.parse("2026-01-05T10:00:00Z");

    /** A weekday is the next one after the notice's day; a weekend or a week away is back the Monday after. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "heads up, swamped with the quarterly audit until Thursday, replies will be slow|2026-01-08",
        "right, on call till tomorrow, slow replies|2026-01-06",
        "I'm on nights this weekend, slow to answer|2026-01-12",
        "travelling until the 14th, ping Sam if it's urgent|2026-01-14",
        "I'm at a trade show, back on Wednesday|2026-01-07",
        "flat out with orders until the weekend, slow replies|2026-01-10",
        "working till next week, slow to reply|2026-01-12",
        "up to my ears in marking, back on the 9th|2026-01-09",
    })
    void theReturnIsTheStartOfTheDayTheNoticeNames(String text, String day) {
        assertThat(AbsenceNotice.returnDay(text, MONDAY, ZoneOffset.UTC))
                .contains(java.time.LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** A span's last weekday of next week is that day of next week, whichever day the notice is said on. */
    @Test
    void aSpanEndingOnAWeekdayOfNextWeekReturnsThatDayOfNextWeek() {
        String notice = "I'm at a conference in Leeds Tuesday to Friday next week, slow replies";
        Instant wednesday = MONDAY.plus(java.time.Duration.ofDays(2));

        assertThat(AbsenceNotice.returnDay(notice, MONDAY, ZoneOffset.UTC))
                .contains(Instant.parse("2026-01-16T00:00:00Z"));
        assertThat(AbsenceNotice.returnDay(notice, wednesday, ZoneOffset.UTC))
                .contains(Instant.parse("2026-01-16T00:00:00Z"));
    }

    @Test
    void aWeekdayNamedOnThatSameWeekdayIsAWeekOff() {
        assertThat(AbsenceNotice.returnDay("on call until Monday, family stuff", MONDAY, ZoneOffset.UTC))
                .contains(Instant.parse("2026-01-12T00:00:00Z"));
    }

    @Test
    void theDayStartsInThePersonsOwnZone() {
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        // Monday 10:00 UTC is Monday 23:00 in Auckland: "till Wednesday" begins Tuesday 11:00 UTC.
        assertThat(AbsenceNotice.returnDay("on nights till Wednesday so slow replies", MONDAY, auckland))
                .contains(Instant.parse("2026-01-06T11:00:00Z"));
    }

    /**
     * Only being busy keeps its day against a look-in: someone who said they are away and writes again early is back
     * early. No notice, no day; a day more than two weeks off, or a month, is a long leave, where a look-in is a
     * return (the day before the month is when it starts, not when it ends).
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "off until Friday, see you then",
        "on holiday till Thursday 🌴",
        "the shop is out of stock until Monday",
        "I'm swamped with work at the moment",
        "travelling until the 28th, the studio is closed",
        "I'm away on the trawler from the 7th to June, no phone out there",
    })
    void noDayHoldsForAwayOnlyNoNoticeOrALongLeave(String text) {
        assertThat(AbsenceNotice.returnDay(text, MONDAY, ZoneOffset.UTC)).isEmpty();
    }

    /** Out of reach anywhere in one's own notice ("with no signal") keeps its day against a look-in, as busy does. */
    @Test
    void beingOutOfReachKeepsTheNamedDay() {
        assertThat(AbsenceNotice.returnDay("off walking the ridge with no signal, I'll be back on the 9th", MONDAY,
                ZoneOffset.UTC)).contains(Instant.parse("2026-01-09T00:00:00Z"));
        assertThat(AbsenceNotice.returnDay("off walking the ridge, back on the 9th", MONDAY, ZoneOffset.UTC))
                .isEmpty();
    }

    /**
     * Saying one will not read the chat until a day ("back on Friday, not checking messages before then") keeps that
     * day against a look-in, as being out of reach does: a short post meanwhile does not say they read what came.
     */
    @Test
    void notReadingTheChatKeepsTheNamedDay() {
        assertThat(AbsenceNotice.is("away with family, not checking messages until Thursday")).isTrue();
        assertThat(AbsenceNotice.returnDay("At the show all week. Back Friday, I won't be checking in before that.",
                MONDAY, ZoneOffset.UTC)).contains(Instant.parse("2026-01-09T00:00:00Z"));
        assertThat(AbsenceNotice.returnDay("off to the coast, not checking messages, back on the 9th", MONDAY,
                ZoneOffset.UTC)).contains(Instant.parse("2026-01-09T00:00:00Z"));
    }

    /** Checking something else is no word about the chat, and a notice without it still ends with an early word. */
    @Test
    void checkingSomethingElseIsNoWordAboutTheChat() {
        assertThat(AbsenceNotice.is("I'll be checking the stock till Friday")).isFalse();
        assertThat(AbsenceNotice.returnDay("At the show all week. Back Friday, checking in when I can.", MONDAY,
                ZoneOffset.UTC)).isEmpty();
    }

    /** A leave from a later named day begins on that day; a notice of leaving now names no later start. */
    @Test
    void aLeaveFromALaterDayBeginsThatDay() {
        assertThat(AbsenceNotice.startDay("I'm on leave Thu 8th to Tue 13th, ask Sam", MONDAY, ZoneOffset.UTC))
                .contains(Instant.parse("2026-01-08T00:00:00Z"));
        assertThat(AbsenceNotice.startDay("away from Friday until the 14th", MONDAY, ZoneOffset.UTC))
                .contains(Instant.parse("2026-01-09T00:00:00Z"));
        assertThat(AbsenceNotice.startDay("off until Friday, see you then", MONDAY, ZoneOffset.UTC)).isEmpty();
        assertThat(AbsenceNotice.startDay("back on Thursday, offline now", MONDAY, ZoneOffset.UTC)).isEmpty();
    }
}
