package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.promo.SelfPromotionDetector;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Telling a newcomer how the room works ("no follow-for-follow here, thanks") names a trade of follows to
 * refuse it: the community's custom, asked of nobody. Offering the trade ("follow for follow?") is still an ask.
 */
class HouseRulesToldTest {
    private static final ChannelInfo LOUNGE = ChannelInfo.of("lounge", "");

    @Test
    void theRoomsCustomToldToANewcomerIsNoAsk() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.sayIn("kit", LOUNGE, "just joined, I paint miniatures");
        chat.mentionIn("ana", LOUNGE, "kit", "hey, welcome aboard! the custom here is to share a sketch in the art "
                + "room and comment on a couple of others. no follow-for-follow here, we don't really do that");

        assertThat(chat.finish().findings(ONEWAY_ASKS)).isEmpty();
    }

    @Test
    void offeringTheTradeToSomeoneOneNeverTalkedWithIsAnAsk() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.sayIn("kit", LOUNGE, "just joined, I paint miniatures");
        chat.mentionIn("ana", LOUNGE, "kit", "hey, follow for follow? I post my minis daily");

        assertThat(chat.finish().findings(ONEWAY_ASKS)).hasSize(1);
    }
}
