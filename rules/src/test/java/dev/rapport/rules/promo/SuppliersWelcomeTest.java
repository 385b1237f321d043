package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.text.ChannelPurpose;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A room whose topic welcomes the trade's suppliers ("suppliers welcome: kit and offers for cafés") invites their
 * offers as one welcoming vendors does: a supplier's price list posted there is not one of the week's pushes. A room
 * that only talks about suppliers, welcoming newcomers, is a room for talk, where the same list twice is a habit.
 */
class SuppliersWelcomeTest {
    private static final String LIST = "hi all, I roast for small cafés, 1kg bags of house espresso from £21, "
            + "delivered weekly: https://ember-roast.example/wholesale";
    private static final ChannelInfo SUPPLIERS = ChannelInfo.of("trade-stands", "suppliers welcome: kit, beans and offers "
            + "for cafés");
    private static final ChannelInfo ABOUT_SUPPLIERS = ChannelInfo.of("sourcing", "compare notes on suppliers, "
            + "newcomers welcome");

    @Test
    void aTopicWelcomingSuppliersInvitesTheirOffersOneAboutThemDoesNot() {
        assertThat(ChannelPurpose.promotion(SUPPLIERS)).isTrue();
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("deals", "suppliers are welcome to post here"))).isTrue();
        assertThat(ChannelPurpose.promotion(ABOUT_SUPPLIERS)).isFalse();
    }

    @Test
    void theListInTheRoomThatWelcomesSuppliersIsNotAPush() {
        Chat chat = Chat.builder("ines").promoDetector(new SelfPromotionDetector()).build();
        chat.sayIn(SUPPLIERS, "ines", LIST);
        chat.later(Duration.ofDays(2));
        chat.say("ines", "counter-chat", LIST);
        chat.finish();

        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void theListInARoomThatOnlyTalksAboutSuppliersStillIs() {
        Chat chat = Chat.builder("ines").promoDetector(new SelfPromotionDetector()).build();
        chat.sayIn(ABOUT_SUPPLIERS, "ines", LIST);
        chat.later(Duration.ofDays(2));
        chat.say("ines", "counter-chat", LIST);
        chat.finish();

        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }
}
