package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A price in a private question about one's own money coming back ("has the £120 deposit been returned?") is money
 * the writer paid, asked after as a customer asks: no offer, whoever it is sent to. A deposit put to someone as a
 * question for them to take up ("the £250 deposit holds the van for May, want me to keep it for you?") is a sale
 * taken to their inbox.
 */
class MoneyBackAskedTest {
    private static final ChannelInfo TRIPS = ChannelInfo.of("trip-photos", "");

    private static Chat chat() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.sayIn(TRIPS, "bo", "sunset on the loch from the back of the van, worth the drizzle");
        chat.later(Duration.ofHours(5));
        return chat;
    }

    @Test
    void aDepositPutAsAQuestionToSomeoneNeverSpokenToIsAColdPitch() {
        Chat chat = chat();
        chat.direct("ana", "dm-ana-bo", "bo", "Hi Bo, the £250 deposit holds the big van for May, want me to keep it "
                + "for you?");
        chat.finish();
        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }

    @Test
    void askingWhetherOnesOwnDepositWasReturnedIsNoPitch() {
        Chat chat = chat();
        chat.direct("ana", "dm-ana-bo", "bo", "Hi Bo, the tent went back to your stand on Monday. Has the £120 deposit "
                + "been returned yet? It's for the school trip");
        chat.finish();
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }
}
