package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.text.ChannelPurpose;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A room whose topic bids its members post their offers or price lists there ("bakers post bread lists, price lists
 * and weekly offers") is made for those offers, as a marketplace is: a priced offer posted to it is what it asks for,
 * not one of the week's pushes. A room whose topic has members post questions about offers is a room for asking.
 */
class OffersPostedTopicTest {
    private static final String OFFER = "Sourdough loaves, 12 for £30, delivered Thursdays. Message me to order.";
    private static final ChannelInfo OFFERS = ChannelInfo.of("bakers-board",
            "bakers post bread lists, price lists and weekly offers");
    private static final ChannelInfo ASKING = ChannelInfo.of("bakers-board", "cafés post questions about offers");

    @Test
    void aTopicBiddingMembersPostTheirOffersNamesARoomForThem() {
        assertThat(ChannelPurpose.promotion(OFFERS)).isTrue();
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("board", "mills: post your offers and catalogues here")))
                .isTrue();
        assertThat(ChannelPurpose.promotion(ASKING)).isFalse();
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("board", "got an oven spare? post it here; bakers reply "
                + "with their offer"))).isFalse();
    }

    @Test
    void pricedOffersPostedInTheRoomMadeForThemAreNotTheWeeksPushes() {
        Chat chat = Chat.builder("odile").promoDetector(new SelfPromotionDetector()).build();
        chat.sayIn(OFFERS, "odile", OFFER);
        chat.later(Duration.ofDays(2));
        chat.sayIn(OFFERS, "odile", "Rye bread now too, 10 for £25. Message me to order.");
        chat.finish();

        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void theSameOffersInARoomForQuestionsAboutOffersStillAre() {
        Chat chat = Chat.builder("odile").promoDetector(new SelfPromotionDetector()).build();
        chat.sayIn(ASKING, "odile", OFFER);
        chat.later(Duration.ofDays(2));
        chat.sayIn(ASKING, "odile", "Rye bread now too, 10 for £25. Message me to order.");
        chat.finish();

        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }
}
