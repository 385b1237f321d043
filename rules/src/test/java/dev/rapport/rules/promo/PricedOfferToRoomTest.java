package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One's own thing offered at a price, with the page where it is had, posted unasked into rooms for talk, is
 * self-promotion whether or not the words say "my" ("fresh beeswax wraps off the line, £9 a pack: <the shop's page>").
 * The same listing in the room made for selling, known by its name or by a topic saying members buy and sell there, is
 * what that room is for.
 */
class PricedOfferToRoomTest {

    @Test
    void aPricedThingWithItsShopPagePostedIntoTwoTalkRoomsIsSelfPromotion() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.say("ana", "quilting-chat", "fresh batch of hand-dyed fat quarters, £4 each, ships tomorrow: "
                + "https://dyeworks.example/shop/fat-quarters");
        chat.later(Duration.ofDays(2));
        chat.say("ana", "binding-troubles", "still a few of the indigo fat quarters left, £4 a piece: "
                + "https://dyeworks.example/shop/fat-quarters");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }

    @Test
    void theSameListingsInARoomWhoseTopicSaysMembersBuyAndSellThereFitTheRoom() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        ChannelInfo exchange = ChannelInfo.of("the-exchange", "Buy / sell / trade fabric and notions");
        chat.sayIn(exchange, "ana", "fresh batch of hand-dyed fat quarters, £4 each, ships tomorrow: "
                + "https://dyeworks.example/shop/fat-quarters");
        chat.later(Duration.ofDays(2));
        chat.sayIn(exchange, "ana", "still a few of the indigo fat quarters left, £4 a piece: "
                + "https://dyeworks.example/shop/fat-quarters");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }
}
