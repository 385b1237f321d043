package dev.rapport.rules.promo;

import dev.rapport.rules.text.Ownership;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sale named for a day of the calendar ("Father's Day sale") is one's own sale, not someone else's thing passed on;
 * and one's shop link pushed with it again and again is two habits at once: pushing one's work and reposting a link.
 */
class HolidaySaleTest {

    @Test
    void aPossessiveThatNamesADayClaimsNothingForSomeoneElse() {
        assertThat(Ownership.someoneElses("Father's Day sale starts now, 15% off everything")).isFalse();
        assertThat(Ownership.someoneElses("New Year's Eve bundle is live")).isFalse();
        assertThat(Ownership.someoneElses("Priya's daybook template is great, grab it")).isTrue();
    }
}
