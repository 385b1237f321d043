package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A product on a big marketplace dropped with nothing claiming it ("pedal deal → the listing") is a find or a deal
 * passed on: someone else's goods in someone else's shop, which the link rules weigh as link-sharing. Said to be
 * one's own ("my pedal kit is on there now"), it is one's own product promoted.
 */
class MarketplaceDealsTest {
    private static final ChannelInfo GEAR = ChannelInfo.of("lounge", "");

    private static Chat chat() {
        return Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
    }

    @Test
    void marketplaceDealsPassedOnWithNoClaimAreNotSelfPromotion() {
        Chat chat = chat();
        chat.sayIn(GEAR, "ana", "pedal deal today https://www.amazon.de/dp/B0TESTPDL1");
        chat.later(Duration.ofDays(1));
        chat.sayIn(GEAR, "ana", "https://www.amazon.de/dp/B0TESTMNT2 monitor arm");
        chat.later(Duration.ofDays(1));
        chat.sayIn(GEAR, "ana", "https://www.ebay.com/itm/4455667788");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void onesOwnProductOnAMarketplaceIsSelfPromotion() {
        Chat chat = chat();
        chat.sayIn(GEAR, "ana", "my pedal spring kit is €25 this week https://www.amazon.de/dp/B0TESTPDL1");
        chat.later(Duration.ofDays(1));
        chat.sayIn(GEAR, "ana", "my pedal spring kits are back in stock, still €25 https://www.amazon.de/dp/B0TESTPDL1");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }
}
