package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.promo.SelfPromotionDetector;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A room whose topic tells its members to list their things with a price is where one's priced listing belongs: with a
 * pitch elsewhere the same week (the cold pitch's own tip), it makes no second promotion. The same listing in a room
 * for talk does.
 */
class ListYourThingsRoomTest {

    private static Chat pitchThenListingIn(ChannelInfo room) {
        Chat chat = Chat.builder("wren").promoDetector(new SelfPromotionDetector()).build();
        ChannelInfo lounge = ChannelInfo.of("clubhouse", "anything goes");
        MessageId hi = chat.sayIn(lounge, "ansel", "hello, new here, my first wonky bowl");
        chat.replyIn(lounge, "wren", hi, "ansel", "nice! I take orders if you want a proper set, €40 for four, dm me");
        chat.later(Duration.ofDays(1));
        chat.sayIn(room, "wren", "speckled mugs, 6 left, €18 each: https://wrenclay.example/mugs");
        chat.finish();
        return chat;
    }

    @Test
    void aPricedListingWhereTheTopicSaysListYourThingsWithAPriceIsNoSecondPromotion() {
        Chat chat = pitchThenListingIn(ChannelInfo.of("potters-row", "potters: list your mugs and bowls here, "
                + "with price and link"));
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void theSameListingInARoomForTalkIsTheSecondPromotionOfTheWeek() {
        Chat chat = pitchThenListingIn(ChannelInfo.of("potters-row", "anything goes"));
        assertThat(chat.findings(PROMO_SELF)).hasSize(1);
    }
}
