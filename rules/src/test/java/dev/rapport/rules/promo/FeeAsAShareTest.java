package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import dev.rapport.rules.text.FeeShare;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fee stated as a share of the sum the client gets ("12% of the payout", "no win no fee") is the price of a paid
 * service: with "DM me", put to someone whose post asked for nothing, it is a pitch as a price in pounds would be. A
 * share that charges nothing ("90% sure", "half the street") is talk.
 */
class FeeAsAShareTest {
    private static Scene scene(String seller) {
        return Scene.of(Chat.builder(seller).promoDetector(new SelfPromotionDetector()));
    }

    @Test
    void aShareOfTheirPayoutWithDmMeUnderAnUpdateIsAColdPitch() {
        Chat chat = scene("ivo").says("nell", "progress-log", "month two: the airline finally replied, they offer "
                        + "£200 for the lost bags. we'll sleep on it")
                .answers("ivo", "progress-log", "nell", "I handle these, 12% of the payout, no win no fee, just "
                        + "message me and I will chase them for you")
                .build();

        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }

    @Test
    void aShareSaidInPassingWithDmMeChargesNothing() {
        Chat chat = scene("ivo").says("nell", "progress-log", "month two: the airline finally replied, they offer "
                        + "£200 for the lost bags. we'll sleep on it")
                .answers("ivo", "progress-log", "nell", "90% of people take the first offer, ours was similar. DM me "
                        + "if you want the letter we sent")
                .build();

        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    /**
     * The share the firm takes ("we keep 20% and you sit back") is the offer's terms: said in a reply to someone's
     * question with a call to book, it is no help beside the offer, and the reply is a pitch to someone just met.
     */
    @Test
    void theShareTheFirmTakesIsTheOffersTermsNotHelpBesideIt() {
        Chat chat = scene("ivo").says("nell", "claims", "the garage kept my deposit, is the small claims court worth "
                        + "it for that?")
                .answers("ivo", "claims", "nell", "or leave it with us instead, we keep 20% and you sit back and "
                        + "wait. book a call: https://cal.example/ivo-recovers")
                .build();

        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }

    /** Real advice before the same terms still answers the question: the offer rides on help, promo.self's to weigh. */
    @Test
    void adviceBeforeTheShareTheFirmTakesStillAnswersTheQuestion() {
        Chat chat = scene("ivo").says("nell", "claims", "the garage kept my deposit, is the small claims court worth "
                        + "it for that?")
                .answers("ivo", "claims", "nell", "yes, write to them first and give them a fortnight to pay up. or "
                        + "we keep 20% and chase it, book a call: https://cal.example/ivo-recovers")
                .build();

        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void theShareAFirmTakesOrChargesAsItsFeeIsStated() {
        assertThat(FeeShare.stated("we take 25% and you relax")).isTrue();
        assertThat(FeeShare.stated("a 15% success fee, nothing upfront")).isTrue();
        assertThat(FeeShare.stated("we got 80% back in the end")).isFalse();
        assertThat(FeeShare.stated("i'm 90% sure it's the seal")).isFalse();
    }

    @Test
    void aShareOfASumWonOrNoWinNoFeeNamesAFee() {
        assertThat(FeeShare.named("8% of the award, no upfront costs")).isTrue();
        assertThat(FeeShare.named("no win, no fee, message me")).isTrue();
        assertThat(FeeShare.named("i'm 90% sure of the claim")).isFalse();
        assertThat(FeeShare.named("10% of the street flooded")).isFalse();
    }
}
