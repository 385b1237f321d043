package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sale put off until something happens ("I'm selling my old road bike once the new frame turns up"), with no price
 * and no page, is a plan told to the room: nothing is on offer yet. The same sale with its price, or its page, is an
 * offer now, and a habit of trade ("we sell our honey when the market is on") is still selling.
 */
class SalePutOffTest {
    private static final SelfPromotionDetector DETECTOR = new SelfPromotionDetector();

    private static boolean sells(String text) {
        return DETECTOR.analyse(text).salesPitch();
    }

    @Test
    void aSalePutOffUntilSomethingHappensOffersNothingYet() {
        assertThat(sells("I'm selling my old road bike once the new frame turns up")).isFalse();
        assertThat(sells("selling my spare tent when we get back from the trip")).isFalse();
    }

    @Test
    void theSaleWithItsPriceOrPageOrAsAHabitOfTradeStillSells() {
        assertThat(sells("I'm selling my old road bike, £120, collection only")).isTrue();
        assertThat(sells("I'm selling my old road bike once the new frame turns up: https://bikes.example/listing/88"))
                .isTrue();
        assertThat(sells("we sell our honey when the market is on, come and say hi")).isTrue();
    }

    private static Chat week(String news) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.say("ana", "club-chat", "my new gallery from the Farnes is up: https://ana-photos.example/farnes");
        chat.later(Duration.ofDays(2));
        chat.say("ana", "club-chat", news);
        return chat.finish();
    }

    @Test
    void oneGalleryAndAPlanToSellOldKitAreNoHabitOfPromotion() {
        assertThat(week("I'm selling my old road bike once the new frame turns up").findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void oneGalleryAndTheOldKitOfferedAtItsPriceAreTwoPromotions() {
        assertThat(week("I'm selling my old road bike, £120, DM me").findings(PROMO_SELF)).hasSize(1);
    }
}
