package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.text.ChannelPurpose;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A room whose topic says goods are bought and sold there ("second-hand kilns bought and sold") is a market by its
 * topic, as one named "classifieds" is: a priced listing to the room with "message me" is what it is for, not one of
 * the week's pushes. A room that only talks about what sold, or says nothing is sold there, is a room for talk.
 */
class BoughtAndSoldTopicTest {
    private static final String LISTING = "Two kiln shelves, 40cm, barely used, £35 the pair. Message me.";
    private static final ChannelInfo MARKET = ChannelInfo.of("kiln-yard", "second-hand kilns and shelves bought and sold");
    private static final ChannelInfo TALK = ChannelInfo.of("fair-notes", "what sold at the craft fair and what didn't");

    @Test
    void aTopicSayingGoodsAreBoughtAndSoldThereNamesAMarket() {
        assertThat(ChannelPurpose.promotion(MARKET)).isTrue();
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("yard", "tools bought, sold and swapped"))).isTrue();
        assertThat(ChannelPurpose.promotion(TALK)).isFalse();
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("yard", "glaze recipes shared, nothing bought or sold")))
                .isFalse();
    }

    @Test
    void aListingInTheBoughtAndSoldRoomIsNotOneOfTheWeeksPushes() {
        Chat chat = Chat.builder("perrin").promoDetector(new SelfPromotionDetector()).build();
        chat.sayIn(MARKET, "perrin", LISTING);
        chat.later(Duration.ofDays(2));
        chat.say("perrin", "studio-chat", LISTING);
        chat.finish();

        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void theSameListingInARoomThatTalksAboutWhatSoldStillIs() {
        Chat chat = Chat.builder("perrin").promoDetector(new SelfPromotionDetector()).build();
        chat.sayIn(TALK, "perrin", LISTING);
        chat.later(Duration.ofDays(2));
        chat.say("perrin", "studio-chat", LISTING);
        chat.finish();

        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }
}
