package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Places said to be open or left on one's own course, with the page that books them ("four places open on the spring
 * weekends, booking page: …"), are room in one's diary offered to the room, as open slots are: pushed unasked into the
 * talk rooms on several days, they are the week's habit of promotion. Places on a shared outing named with no booking
 * page or call to book offer nothing of one's own.
 */
class PlacesOpenWithTheBookingPageTest {
    private static final ChannelInfo DECK = ChannelInfo.of("deck-talk", "sailors chat about boats, weather and the club");
    private static final ChannelInfo SKIPPERS = ChannelInfo.of("skippers", "skippers among ourselves");

    private static Chat chat() {
        return Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
    }

    @Test
    void placesOnOnesOwnCourseWithItsBookingPagePushedOnSeveralDaysAreTheWeeksPromotion() {
        Chat chat = chat();
        chat.sayIn("bo", DECK, "anyone out on the water this weekend? forecast looks kind");
        chat.later(Duration.ofHours(2));
        chat.sayIn("ana", DECK, "Four places open on the May dinghy weekends, booking page: https://tidewise.example/book");
        chat.later(Duration.ofDays(2));
        chat.sayIn("ana", SKIPPERS, "two places left for Saturday, grab one: https://tidewise.example/book");
        chat.later(Duration.ofDays(2));
        chat.sayIn("ana", DECK, "the May weekends are filling: https://tidewise.example/book");

        assertThat(chat.finish().findings(PROMO_SELF)).hasSize(1);
    }

    @Test
    void seatsOnASharedOutingNamedWithNoBookingPageOfferNothing() {
        Chat chat = chat();
        chat.sayIn("bo", DECK, "anyone out on the water this weekend? forecast looks kind");
        chat.later(Duration.ofHours(2));
        chat.sayIn("ana", DECK, "seats left in my car for the regatta on Saturday, shout if you want one");
        chat.later(Duration.ofDays(2));
        chat.sayIn("ana", SKIPPERS, "still two seats left in the car for Saturday, the map is here https://maps.example/regatta");
        chat.later(Duration.ofDays(2));
        chat.sayIn("ana", DECK, "last call for lifts to the regatta, seats left in the car");

        assertThat(chat.finish().findings(PROMO_SELF)).isEmpty();
    }
}
