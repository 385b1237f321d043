package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A room whose topic tells the trade to offer its services there ("bookkeepers: offer your services here, rates and
 * openings"), whatever it is called, welcomes one's own offer posted to it, as a marketplace does: that post is not one
 * of the week's pushes. The same offer made twice in rooms for talk still is a habit.
 */
class OfferInTheOffersRoomTest {

    private static final String OFFER = "booking spring year-end accounts now, fixed fee £250 for sole traders: "
            + "https://ledgerly.example/fees";

    @Test
    void theSameOfferTwiceInTalkRoomsIsSelfPromotion() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.say("ana", "shop-talk", OFFER);
        chat.later(Duration.ofDays(2));
        chat.say("ana", "general-natter", OFFER);
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }

    @Test
    void oneOfTheTwoInTheRoomWhoseTopicAsksForOffersIsNotAPush() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        ChannelInfo offers = ChannelInfo.of("pro-bench", "bookkeepers: offer your services here, rates and openings");
        chat.sayIn(offers, "ana", OFFER);
        chat.later(Duration.ofDays(2));
        chat.say("ana", "general-natter", OFFER);
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void oneOfTheTwoInTheRoomWhoseTopicSaysProvidersOfferThereIsNotAPush() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        ChannelInfo offers = ChannelInfo.of("year-end", "getting the books done; bookkeepers offer their fees here");
        chat.sayIn(offers, "ana", OFFER);
        chat.later(Duration.ofDays(2));
        chat.say("ana", "general-natter", OFFER);
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void oneOfTheTwoInARoomWhoseTopicOnlyTalksOfOffersIsStillAPush() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        ChannelInfo talk = ChannelInfo.of("year-end", "getting the books done; which banks offer free accounts?");
        chat.sayIn(talk, "ana", OFFER);
        chat.later(Duration.ofDays(2));
        chat.say("ana", "general-natter", OFFER);
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }
}
