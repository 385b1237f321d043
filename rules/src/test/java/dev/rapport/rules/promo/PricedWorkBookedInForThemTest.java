package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One's priced work sent privately to someone met the day before, with the writer booking them in ("£600 laid, I'll
 * pencil you in for May"), closes the sale for them as "just say the word" does: a pitch to a stranger. The same
 * price told as one paid, with the writer booked in by someone else, sells nothing.
 */
class PricedWorkBookedInForThemTest {

    /** Ede tells the room her fence blew down; Wyn replies; the next day Wyn DMs her {@code dm}. */
    private static Chat chatWith(String dm) {
        Chat chat = Chat.builder("wyn").promoDetector(new SelfPromotionDetector()).build();
        chat.say("ede", "garden", "The storm took half our fence down last night, the dog keeps escaping.");
        chat.later(Duration.ofMinutes(30));
        chat.say("wyn", "garden", "Oh no, hope the dog's ok! Ours went in the spring too.");
        chat.later(Duration.ofHours(22));
        chat.direct("wyn", "dm-wyn-ede", "ede", dm);
        chat.finish();
        return chat;
    }

    @Test
    void aPriceWithTheWriterBookingTheStrangerInIsAColdPitch() {
        Chat chat = chatWith("Hi Ede, I put up fences for a living. Six panels with posts is £600 laid and I can do it "
                + "in the spring. Say yes and I'll pencil you in for April.");

        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }

    @Test
    void aPricePaidWithTheWriterBookedInByOthersSellsNothing() {
        Chat chat = chatWith("Hi Ede, ours was six panels, I paid £600 in the end. The yard on the bypass booked me in "
                + "within the week, worth a ring.");

        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }
}
