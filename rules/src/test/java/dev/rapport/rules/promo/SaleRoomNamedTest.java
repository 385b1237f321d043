package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "The for-sale channel" names the community's room for listings: sending a newcomer there, after their priced post
 * in the wrong room, points them to a place and offers nothing. Something of one's own said to be for sale is still an
 * offer, and put to someone just met it is a pitch.
 */
class SaleRoomNamedTest {

    private static final ChannelInfo CHAT = ChannelInfo.of("bench-talk", "for the trade among ourselves: jobs, tools");
    private static final String PUSH = "Van racking still going, £420 to anyone here: rackit.example/set";

    @Test
    void theForSaleRoomNamedInAReplyIsNoOffer() {
        SelfPromotionDetector detector = new SelfPromotionDetector();
        assertThat(detector.analyse("we've said before, the for-sale channel is just there.").promotional()).isFalse();
        assertThat(detector.analyse("Pop it on the for sale board, mate.").promotional()).isFalse();
        assertThat(detector.analyse("For sale: my old mitre saw, £90, collection only.").promotional()).isTrue();
    }

    @Test
    void sendingANewcomerToTheForSaleRoomIsNoColdPitch() {
        Chat chat = anaRepliesToCysPush("Cy, we've said before, the for-sale room's just there.");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void offeringOnesOwnForSaleToTheNewcomerIsStillAColdPitch() {
        Chat chat = anaRepliesToCysPush("Cy, my old racking is for sale too, £150, DM me.");
        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }

    /** Cy, new, pushes his priced post into the chat room, and Ana replies to it with {@code reply}. */
    private static Chat anaRepliesToCysPush(String reply) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        MessageId push = chat.sayIn(CHAT, "cy", PUSH);
        chat.later(Duration.ofMinutes(20));
        chat.replyIn(CHAT, "ana", push, "cy", reply);
        chat.later(Duration.ofDays(1));
        return chat.finish();
    }
}
