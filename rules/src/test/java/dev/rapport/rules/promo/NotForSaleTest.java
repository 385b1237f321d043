package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Since session 60: "for sale" denied ("mine's not for sale, sorry", "the boat isn't for sale") says the thing is kept,
 * the way one turns down a would-be buyer: it offers nothing, so said to someone met a day before it is no pitch. One's
 * own thing said to be for sale, at a price, is still an offer.
 */
class NotForSaleTest {

    private static final ChannelInfo GEAR = ChannelInfo.of("kit-swap", "paddling kit swapped, sold and wanted");

    @Test
    void forSaleDeniedOffersNothing() {
        SelfPromotionDetector detector = new SelfPromotionDetector();
        assertThat(detector.analyse("Ask at the club shed, mine's not for sale, sorry.").promotional()).isFalse();
        assertThat(detector.analyse("The red canoe isn't for sale any more, we kept it.").promotional()).isFalse();
        assertThat(detector.analyse("My red canoe is for sale, £300, collection only.").promotional()).isTrue();
    }

    @Test
    void turningDownSomeoneMetADayAgoIsNoColdPitch() {
        Chat chat = kimRepliesToLeesNews("Ask at the club shed, mine's not for sale, sorry.");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void offeringOnesOwnToSomeoneMetADayAgoIsStillAColdPitch() {
        Chat chat = kimRepliesToLeesNews("Mine's for sale, £60, DM me.");
        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }

    /** Kim and Lee chat once; a day and a half later Lee posts news of a trip and Kim replies {@code reply}. */
    private static Chat kimRepliesToLeesNews(String reply) {
        Chat chat = Chat.builder("kim").promoDetector(new SelfPromotionDetector()).build();
        MessageId hello = chat.sayIn(GEAR, "lee", "Finally got the roof bars fitted.");
        chat.later(Duration.ofMinutes(20));
        chat.replyIn(GEAR, "kim", hello, "lee", "Nice, off anywhere good?");
        chat.later(Duration.ofHours(39));
        MessageId trip = chat.sayIn(GEAR, "lee", "Heading to the lakes next week with a borrowed spray deck.");
        chat.later(Duration.ofMinutes(30));
        chat.replyIn(GEAR, "kim", trip, "lee", reply);
        chat.later(Duration.ofDays(1));
        return chat.finish();
    }
}
