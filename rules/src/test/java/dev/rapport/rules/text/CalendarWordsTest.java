package dev.rapport.rules.text;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar's words were five lists kept by hand (the figure update's months, the regex of when past work was done,
 * the acknowledgement's days and months, the ask cues' fixture days, the availability notice's dates); they now take
 * their groups from one place. The groups are pinned here to exactly the words the former lists held, both ways: each
 * word in, and the near words that were never read as a date left out.
 */
class CalendarWordsTest {

    @Test
    void theWeekdaysAreTheSevenDaysWrittenOut() {
        assertThat(CalendarWords.WEEKDAYS).containsExactlyInAnyOrder("monday", "tuesday", "wednesday", "thursday",
                "friday", "saturday", "sunday");
    }

    @Test
    void theMonthsAreTheTwelveWrittenOut() {
        assertThat(CalendarWords.MONTHS).containsExactlyInAnyOrder("january", "february", "march", "april", "may",
                "june", "july", "august", "september", "october", "november", "december");
    }

    @Test
    void theShortFormsAreTheMonthsCutShortAndMayHasNone() {
        assertThat(CalendarWords.MONTH_SHORT_FORMS).containsExactlyInAnyOrder("jan", "feb", "mar", "apr", "jun", "jul",
                "aug", "sept", "sep", "oct", "nov", "dec");
    }

    @Test
    void theMonthsWithShortFormsAreTheFigureUpdatesFormerList() {
        assertThat(CalendarWords.MONTHS_WITH_SHORT_FORMS).containsExactlyInAnyOrder("january", "jan", "february",
                "feb", "march", "mar", "april", "apr", "may", "june", "jun", "july", "jul", "august", "aug",
                "september", "sept", "sep", "october", "oct", "november", "nov", "december", "dec");
    }

    @Test
    void theWeekdaysAndMonthsAreTheAcknowledgementsFormerListWithoutShortForms() {
        assertThat(CalendarWords.WEEKDAYS_AND_MONTHS).containsExactlyInAnyOrder("monday", "tuesday", "wednesday",
                "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
                "july", "august", "september", "october", "november", "december");
        assertThat(CalendarWords.WEEKDAYS_AND_MONTHS).doesNotContain("jan", "dec", "mon", "fri");
    }

    @Test
    void wordsNearTheCalendarAreNotInIt() {
        assertThat(CalendarWords.union(CalendarWords.WEEKDAYS, CalendarWords.MONTHS_WITH_SHORT_FORMS)).doesNotContain(
                "today", "tonight", "tomorrow", "weekend", "mondays", "date", "month", "spring", "marching", "mayday",
                "Monday", "June", "");
    }

    /** The regex of when past work was done reads the months' alternations in the order it always has. */
    @Test
    void theMonthAlternationsAreWhenPastWorkWasDonesFormerText() {
        assertThat(CalendarWords.MONTH_ALTERNATION + "|" + CalendarWords.MONTH_SHORT_FORM_ALTERNATION).isEqualTo(
                "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr"
                        + "|jun|jul|aug|sept|sep|oct|nov|dec");
    }

    @Test
    void eachAlternationHoldsTheWordsOfItsSet() {
        assertThat(Arrays.asList(CalendarWords.WEEKDAY_ALTERNATION.split("\\|")))
                .containsExactlyInAnyOrderElementsOf(CalendarWords.WEEKDAYS);
        assertThat(Arrays.asList(CalendarWords.MONTH_ALTERNATION.split("\\|")))
                .containsExactlyInAnyOrderElementsOf(CalendarWords.MONTHS);
        assertThat(Arrays.asList(CalendarWords.MONTH_SHORT_FORM_ALTERNATION.split("\\|")))
                .containsExactlyInAnyOrderElementsOf(CalendarWords.MONTH_SHORT_FORMS);
    }
}
