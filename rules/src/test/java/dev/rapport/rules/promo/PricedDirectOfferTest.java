package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A price put privately to someone one never talked with, as a question for them to take it up ("two days for €180
 * with all the gear, want me to keep you a place?"), or with the page where the priced thing is had, is a sale taken
 * to their inbox, however friendly. A price one paid, told in a first private word, offers nothing.
 */
class PricedDirectOfferTest {
    private static final ChannelInfo WATER = ChannelInfo.of("tides-and-wind", "");

    private static Chat chat() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.sayIn(WATER, "bo", "total beginner here, is a 15 knot wind too much for a first paddle?");
        chat.sayIn(WATER, "cy", "way too much for a first go, wait for under 8");
        chat.later(Duration.ofHours(5));
        return chat;
    }

    @Test
    void aPricedPlaceOfferedByDirectMessageToSomeoneNewIsAColdPitch() {
        Chat chat = chat();
        chat.direct("ana", "dm-ana-bo", "bo", "Hey Bo, saw you're starting out! I run weekend kayak courses, two days "
                + "for €180 with all the gear, June dates left. want me to keep you a place?");
        chat.finish();
        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }

    @Test
    void aPricePaidToldInAFirstDirectMessageIsNoPitch() {
        Chat chat = chat();
        chat.direct("ana", "dm-ana-bo", "bo", "Hey Bo, saw you're starting out! I paid €180 for a weekend course when I "
                + "began and it was worth it. how did your first paddle go?");
        chat.finish();
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    /** One's own thing, priced, with the page where it is had, put in a stranger's inbox: a sale offered to them. */
    @Test
    void aPricedThingWithItsPageSentToSomeoneNeverSpokenToIsAColdPitch() {
        Chat chat = chat();
        chat.direct("ana", "dm-ana-bo", "bo", "Hey Bo, saw you're starting out! I make carbon paddles in my shed, one "
                + "left from this month's batch, €140, photos: https://anapaddles.example/left");
        chat.finish();
        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }

    @Test
    void aPricePaidWithTheShopsPageSentToSomeoneNewIsNoPitch() {
        Chat chat = chat();
        chat.direct("ana", "dm-ana-bo", "bo", "Hey Bo, saw you're starting out! I paid €140 for my paddle from these "
                + "folks and it's lovely: https://paddleshop.example/carbon");
        chat.finish();
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }
}
