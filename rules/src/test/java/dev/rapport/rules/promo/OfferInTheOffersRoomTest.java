package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

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
        ChannelInfo room = ChannelInfo.of("pro-bench",
                "bookkeepers: offer your services here, rates and openings");
        assertThat(promotionsAfterOneIn(room)).isEmpty();
    }

    @Test
    void oneOfTheTwoInTheRoomWhoseTopicSaysProvidersOfferThereIsNotAPush() {
        ChannelInfo room = ChannelInfo.of("year-end",
                "getting the books done; bookkeepers offer their fees here");
        assertThat(promotionsAfterOneIn(room)).isEmpty();
    }

    @Test
    void oneOfTheTwoInARoomWhoseTopicOnlyTalksOfOffersIsStillAPush() {
        ChannelInfo room = ChannelInfo.of("year-end",
                "getting the books done; which banks offer free accounts?");
        assertThat(promotionsAfterOneIn(room)).isNotEmpty();
    }

    @Test
    void oneOfTheTwoInTheRoomWhoseTopicTellsTheTradeToSayWhatTheyOfferIsNotAPush() {
        ChannelInfo room = ChannelInfo.of("pro-intros",
                "bookkeepers and payroll folk say who they are and what they offer");
        assertThat(promotionsAfterOneIn(room)).isEmpty();
    }

    @Test
    void oneOfTheTwoInARoomWhereClientsSayWhatTheyNeedIsStillAPush() {
        ChannelInfo room = ChannelInfo.of("pro-desk", "clients say what they need, bookkeepers reply");
        assertThat(promotionsAfterOneIn(room)).isNotEmpty();
    }

    @Test
    void oneOfTheTwoInTheRoomWhoseTopicSaysTheTradePostsItsSlotsAndRatesIsNotAPush() {
        ChannelInfo room = ChannelInfo.of("free-dates",
                "bookkeepers post spare year-end slots and their fees");
        assertThat(promotionsAfterOneIn(room)).isEmpty();
    }

    @Test
    void aTopicWhereMembersPostQuestionsAboutRatesIsNoRoomForOffers() {
        assertThat(dev.rapport.rules.audience.OffersRoom.byTopic(ChannelInfo.of("year-end",
                "members post questions about rates and deadlines"))).isFalse();
        assertThat(dev.rapport.rules.audience.OffersRoom.byTopic(ChannelInfo.of("free-dates",
                "bookkeepers post spare year-end slots and their fees"))).isTrue();
    }

    /** The same offer posted in {@code room} and, two days later, in a talk room: the week's promotion findings. */
    private static List<Finding> promotionsAfterOneIn(ChannelInfo room) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.sayIn(room, "ana", OFFER);
        chat.later(Duration.ofDays(2));
        chat.say("ana", "general-natter", OFFER);
        chat.finish();
        return chat.findings(PROMO_SELF);
    }
}
