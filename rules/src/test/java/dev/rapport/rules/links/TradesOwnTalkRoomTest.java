package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.text.ChannelPurpose;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A room named for the people who take the work, or the work itself, and then for talking ({@code #freelancers-lounge},
 * {@code #gigs-chat}, {@code #jobs-talk}) is where that trade talks among itself: not the board where work is offered.
 * One's own product pushed there again and again is pushed into a chat room, where in {@code #freelancers} it is an
 * offer in the room for offers.
 */
class TradesOwnTalkRoomTest {
    private static final String PAGE = "invoicely.example/pro";

    private static Chat pushes(ChannelInfo where) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.say("bo", "lobby", "morning all");
        chat.later(Duration.ofHours(1));
        chat.sayIn(where, "ana", "My invoicing app for sole traders is out, £12 a month: " + PAGE);
        chat.later(Duration.ofDays(1));
        chat.sayIn(where, "ana", "First month half price with code SOLO50 → " + PAGE);
        chat.later(Duration.ofDays(2));
        chat.sayIn(where, "ana", "Last days of the launch price for my app: " + PAGE);
        return chat.finish();
    }

    @Test
    void aProductPushedThreeTimesIntoTheFreelancersLoungeIsARepeatAndPromotion() {
        Chat chat = pushes(ChannelInfo.of("freelancers-lounge", "among ourselves: contracts, clients, the odd grumble"));
        assertThat(chat.findings(LINKS_REPEAT)).isNotEmpty();
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }

    @Test
    void theSamePostsInTheRoomNamedForFreelancersAreOffersWhereTheyBelong() {
        Chat chat = pushes(ChannelInfo.of("freelancers", ""));
        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void aTradesTalkRoomIsNoRoomForTradeButItsBoardStillIs() {
        for (String talk : new String[]{"freelancers-lounge", "gigs-chat", "jobs-talk", "🎤┃hire-banter",
                "commissions-discussion"}) {
            assertThat(ChannelPurpose.trade(ChannelInfo.of(talk, ""))).as(talk).isFalse();
            assertThat(ChannelPurpose.promotion(ChannelInfo.of(talk, ""))).as(talk).isFalse();
        }
        for (String board : new String[]{"freelancers", "jobs", "job-board", "gigs", "for-hire", "commissions-open"}) {
            assertThat(ChannelPurpose.trade(ChannelInfo.of(board, ""))).as(board).isTrue();
            assertThat(ChannelPurpose.promotion(ChannelInfo.of(board, ""))).as(board).isTrue();
        }
    }
}
