package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A room named for showing its subject (#show-your-quilts) welcomes one's own work shown there, whatever its link:
 * the post echoes what the room is for. It does not make a sale welcome: one's own thing at a price with the page
 * where it is bought is a sale in any room not made for trade, and with another sale the same week it is promotion
 * as a habit.
 */
class PricedSaleWhereTheRoomShowsTest {
    private static final ChannelInfo QUILTS = ChannelInfo.of("show-your-quilts", "");
    private static final ChannelInfo CHAT = ChannelInfo.of("general", "");

    @Test
    void aPricedSaleInTheShowingRoomAfterASaleElsewhereIsPromotion() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.sayIn(CHAT, "ana", "quilting retreat on the 9th: 4 places left, £55 with lunch. book here: "
                + "https://anaquilts.example/retreat");
        chat.later(Duration.ofHours(6));
        chat.sayIn(QUILTS, "ana", "two more quilts from the autumn fabric, £90 each plus postage: "
                + "https://anaquilts.example/shop/autumn");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }

    @Test
    void theSameQuiltsShownWithoutAPriceFollowTheRoom() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.sayIn(CHAT, "ana", "quilting retreat on the 9th: 4 places left, £55 with lunch. book here: "
                + "https://anaquilts.example/retreat");
        chat.later(Duration.ofHours(6));
        chat.sayIn(QUILTS, "ana", "two more quilts from the autumn fabric, hand bound this time: "
                + "https://anaquilts.example/gallery/autumn");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }
}
