package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sale told only as a maybe about oneself ("I might sell some prints later on"), with no price, no page, no
 * question and nobody named as its taker, is a plan mused about: nothing is on offer yet, so a reply saying it to
 * someone just met is no pitch. The same maybe put to someone ("anyone interested", "you", a price, "DM me") still
 * sells, and so does a sale said without the maybe.
 */
class SaleOnlyAMaybeTest {
    private static final SelfPromotionDetector DETECTOR = new SelfPromotionDetector();

    private static boolean sells(String text) {
        return DETECTOR.analyse(text).salesPitch();
    }

    @Test
    void aSaleToldOnlyAsAMaybeOffersNothingYet() {
        assertThat(sells("Mine are rough still. I might sell a couple of my bowls one day.")).isFalse();
        assertThat(sells("we may sell the spare wheels at some point")).isFalse();
    }

    @Test
    void theMaybePutToSomeoneOrWithAPriceOrWithoutTheMaybeStillSells() {
        assertThat(sells("I might sell a couple of my bowls, £15 each")).isTrue();
        assertThat(sells("I may sell a couple of my bowls to you cheap")).isTrue();
        assertThat(sells("I might sell a couple of my bowls if anyone is interested")).isTrue();
        assertThat(sells("I might sell a couple of my bowls, DM me")).isTrue();
        assertThat(sells("I sell a couple of my bowls every week")).isTrue();
    }

    private static Chat talk(String reply) {
        Chat chat = Chat.builder("omar").promoDetector(new SelfPromotionDetector()).build();
        MessageId post = chat.say("lena", "turning", "Turned my first walnut bowl on the new lathe, the grain is wild.");
        chat.later(Duration.ofMinutes(30));
        chat.reply("omar", "turning", post, "lena", reply);
        return chat.finish();
    }

    @Test
    void aMaybeSaidInReplyToSomeoneJustMetIsNoPitch() {
        assertThat(talk("Lovely grain. My lathe is ancient but it does the job. I might sell a couple of my bowls too.")
                .findings(SELL_COLD)).isEmpty();
    }

    @Test
    void aSaleOfferedInReplyToSomeoneJustMetIsStillAPitch() {
        assertThat(talk("Lovely grain. I sell my bowls too, £15 each, DM me.").findings(SELL_COLD)).hasSize(1);
    }
}
