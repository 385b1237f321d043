package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.text.Pitch;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One's work at a price, sent privately to someone never spoken with, with the sale closed for them ("we could pop round
 * on Monday, just say the word") puts the priced work to them to take up, as "shall I book you in?" does: a pitch to a
 * stranger, whatever was said of it. The same visit and the same price told to a neighbour about one's own gutters
 * sell nothing.
 */
class PricedSaleClosedForThemTest {

    private static Chat chatWith(String dm) {
        Chat chat = Chat.builder("wyn").promoDetector(new SelfPromotionDetector()).build();
        chat.say("wyn", "lobby", "Hiya, Wyn, I clean gutters and fascias round the estate now, after years on the buses.");
        chat.later(Duration.ofHours(3));
        chat.say("ede", "repairs", "Our downpipe overflows every time it pours, the wall's going green. What causes that?");
        chat.later(Duration.ofHours(20));
        chat.direct("wyn", "dm-wyn-ede", "ede", dm);
        chat.finish();
        return chat;
    }

    @Test
    void aPriceWithAVisitOfferedAndTheYesAskedForSentToAStrangerIsAColdPitch() {
        Chat chat = chatWith("Hello Ede, noticed your downpipe trouble. All your gutters cleared and flushed for £70 "
                + "this month. We could pop round on Monday, just say the word!");

        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }

    @Test
    void aPricePaidAndAVisitOfYourOwnToldSellNothing() {
        Chat chat = chatWith("Hello Ede, saw your downpipe post. Mine did the same, I paid £70 to have them cleared in "
                + "the end and it stopped. My cousin can come round on Monday to look at the pipe with me.");

        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void theCloseIsAYesAskedForOrTheWritersOwnVisitOnADay() {
        assertThat(Pitch.pricedCloseForThem("the full service is £95, I can start next week")).isTrue();
        assertThat(Pitch.pricedCloseForThem("£40 a window, just say the word")).isTrue();
        assertThat(Pitch.pricedCloseForThem("I can come if you need a hand, it's £40 a window")).isFalse();
        assertThat(Pitch.pricedCloseForThem("can you come on Friday? it's £40 a window")).isFalse();
        assertThat(Pitch.pricedCloseForThem("I paid £95, I can start next week on the rest myself")).isFalse();
    }
}
