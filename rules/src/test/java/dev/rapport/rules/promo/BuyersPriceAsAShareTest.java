package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import dev.rapport.rules.text.FeeShare;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A buyer's price said as a share of the going value of what they buy ("I pay 70% of spot", "we'll give you 60% of
 * retail") is how dealers quote: the terms of a deal as plainly as a sum in pounds. With "DM me", put under the post of
 * someone who asked for nothing, it is a pitch to them; a share once paid or a share of the bills names no offer.
 */
class BuyersPriceAsAShareTest {
    private static Scene scene(String dealer) {
        return Scene.of(Chat.builder(dealer).promoDetector(new SelfPromotionDetector()));
    }

    @Test
    void aBuyersShareOfTheGoingValueNamesTerms() {
        assertThat(FeeShare.named("i pay 70% of spot for old coins")).isTrue();
        assertThat(FeeShare.named("we'll give you 60% of retail for boxed sets")).isTrue();
        assertThat(FeeShare.named("i offer up to 50% of the auction value")).isTrue();
        assertThat(FeeShare.named("i paid 80% of the asking price in the end")).isFalse();
        assertThat(FeeShare.named("we pay 20% of the bills each")).isFalse();
    }

    @Test
    void aBuyersShareWithDmMeUnderAPostThatAskedNothingIsAColdPitch() {
        Chat chat = scene("rhys").says("nell", "allotment-news", "Grandad's shed is finally sorted, forty years of "
                        + "tools. Thanks to everyone who lent a hand on Saturday.")
                .answers("rhys", "allotment-news", "nell", "If any old coins or medals turned up in there, I buy "
                        + "them: I pay 70% of spot for silver and more for rare ones. DM me.")
                .build();

        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }

    @Test
    void aShareOncePaidWithDmMeOffersNothing() {
        Chat chat = scene("rhys").says("nell", "allotment-news", "Grandad's shed is finally sorted, forty years of "
                        + "tools. Thanks to everyone who lent a hand on Saturday.")
                .answers("rhys", "allotment-news", "nell", "Well done! When we cleared Dad's I paid 80% of the "
                        + "asking price for a skip in the end. DM me if you want the firm's number.")
                .build();

        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }
}
