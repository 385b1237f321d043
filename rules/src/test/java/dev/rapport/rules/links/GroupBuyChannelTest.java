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
 * A channel for group buys is where an organiser posts the buy, its price, its page and its updates for the members
 * to join: that is what the channel is for, like an offer in a marketplace. The same updates pushed into a channel
 * for talk are a repeat.
 */
class GroupBuyChannelTest {
    private static final String PAGE = "https://tidewater.example/gb";

    private static Chat updates(ChannelInfo where) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.say("bo", "lobby", "morning all");
        chat.later(Duration.ofHours(1));
        chat.sayIn(where, "ana", "Tidewater keycap GB is open! base kit $110, novelties $40: " + PAGE);
        chat.later(Duration.ofDays(2));
        chat.sayIn(where, "ana", "update: we hit the minimum order in two days, thank you! render here " + PAGE);
        chat.later(Duration.ofDays(2));
        chat.sayIn(where, "ana", "one week in, 500 kits. still three weeks to join " + PAGE);
        return chat.finish();
    }

    @Test
    void aGroupBuyAndItsUpdatesInTheGroupBuyChannelAreWhatItIsFor() {
        Chat chat = updates(ChannelInfo.of("group-buys", ""));
        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void theSameUpdatesInAChannelForTalkAreARepeat() {
        assertThat(updates(ChannelInfo.of("switch-talk", "")).findings(LINKS_REPEAT)).isNotEmpty();
    }

    @Test
    void aChannelNamedForGroupBuysIsForTradeAndATopicWelcomingVendorsInvitesOffers() {
        assertThat(ChannelPurpose.trade(ChannelInfo.of("group-buys", ""))).isTrue();
        assertThat(ChannelPurpose.trade(ChannelInfo.of("groupbuys", ""))).isTrue();
        assertThat(ChannelPurpose.trade(ChannelInfo.of("group-chat", ""))).isFalse();
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("drops", "new kits and updates. vendors welcome")))
                .isTrue();
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("lounge", "everyone welcome, be kind"))).isFalse();
    }
}
