package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sell.cold} in a room made for trade: an offer under someone's request there is what the room is for, but a
 * buyer who comes back to thank the baker they chose has asked for nothing. A newcomer's priced "DM me" under that
 * thank-you rides on their words and is a pitch to someone just met; the same terms under a request of theirs answer
 * it.
 */
class OfferUnderAThankYouInATradeRoomTest {

    private static final ChannelInfo COMMISSIONS = ChannelInfo.of("commissions",
            "families and cafés ask for celebration cakes; bakers answer with prices");
    private static final String OFFER = "Gorgeous! If you ever want cupcakes to go with it I bake them from £30 a dozen, "
            + "all flavours. DM me.";

    /** Rhea asks the room for a cake; Dev quotes; a week on, Rhea posts {@code later}; Ana, new, replies OFFER. */
    private static Chat underRheasPost(String later) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        MessageId ask = chat.sayIn(COMMISSIONS, "rhea", "My daughter turns ten next month and wants a unicorn cake "
                + "for twenty. Could anyone quote?");
        chat.later(Duration.ofMinutes(30));
        MessageId quote = chat.replyIn(COMMISSIONS, "dev", ask, "rhea", "Two tiers with a fondant horn and mane, "
                + "about £85 and a week's notice.");
        chat.later(Duration.ofMinutes(20));
        chat.replyIn(COMMISSIONS, "rhea", quote, "dev", "Perfect, let's go ahead, thank you!");
        chat.later(Duration.ofDays(7));
        MessageId post = chat.sayIn(COMMISSIONS, "rhea", later);
        chat.later(Duration.ofMinutes(15));
        chat.replyIn(COMMISSIONS, "ana", post, "rhea", OFFER);
        return chat.finish();
    }

    @Test
    void firesForAPricedDmMeUnderABuyersThankYouToAnotherMaker() {
        Chat chat = underRheasPost("The party was a triumph and the cake vanished in minutes. Thank you Dev!");
        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }

    @Test
    void staysQuietForTheSameTermsUnderTheBuyersNextRequest() {
        Chat chat = underRheasPost("The cake was a triumph, thank you Dev! Now we'd like cupcakes for her class. Could "
                + "anyone quote for those too?");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }
}
