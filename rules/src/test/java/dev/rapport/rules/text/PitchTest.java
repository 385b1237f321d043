package dev.rapport.rules.text;

import dev.rapport.rules.links.LinkExtractor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A price with a call to book is an offer to buy, like a price with "DM me". */
class PitchTest {

    private static boolean pitch(String text) {
        return Pitch.is(text, LinkExtractor.extract(text));
    }

    @Test
    void aPriceWithABookingLinkIsAPitch() {
        assertThat(pitch("full listing audit for €199, rankings up in 30 days. Grab a slot: https://cal.com/ole/audit"))
                .isTrue();
        assertThat(pitch("portrait sessions from $90, book a call and we'll plan it")).isTrue();
    }

    @Test
    void aBookingLinkOrAPriceAloneIsNot() {
        assertThat(pitch("here's the calendar for Thursday's meetup: https://cal.com/club/meetup")).isFalse();
        assertThat(pitch("the new fees are $0.20 per listing, ouch")).isFalse();
    }
}
