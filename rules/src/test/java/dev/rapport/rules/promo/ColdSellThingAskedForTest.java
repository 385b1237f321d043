package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.text.OfferRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sell.cold} and the thing asked for: someone asks the room whether anybody has a tool they could use, and one
 * who hires them out answers with one of that very tool on terms. The asker gets what they were after, so the price
 * comes with help, not with a sale nobody sought. Answered instead with some other thing of one's own that only holds
 * what was asked (a kit, a bundle), the reply is still a pitch to someone just met.
 */
class ColdSellThingAskedForTest {

    private static final ChannelInfo BENCH = ChannelInfo.of("bench-talk", "Trade talk for the fitters.");
    private static final String ASKED = "has anyone got a tile cutter I could use on saturday? mine cracked its rail";

    /** Wim asks the room; twenty minutes later Ana, who never spoke with him, answers {@code reply}. */
    private static Chat answered(String reply) {
        return Scene.of(Chat.builder("ana").promoDetector(new SelfPromotionDetector()))
                .saysIn(BENCH, "wim", ASKED)
                .after(Duration.ofMinutes(20))
                .answersIn(BENCH, "ana", "wim", reply)
                .finish();
    }

    @Test
    void oneOfTheToolAskedForOnTermsAnswersTheAsker() {
        assertThat(answered("can rent you one, the 900mm, £14 a day, collect from the unit: "
                + "https://benchhire.example/rates").findings(SELL_COLD)).isEmpty();
    }

    @Test
    void anotherThingOfOnesOwnThatHoldsItIsStillAPitch() {
        assertThat(answered("my full tiling kit has a cutter in it, £14 a day, collect from the unit: "
                + "https://benchhire.example/rates").findings(SELL_COLD)).isNotEmpty();
    }

    @Test
    void oneHandedOverIsReadFromTheWordsForIt() {
        assertThat(OfferRequest.handsOverOne("I'll sell you mine for forty")).isTrue();
        assertThat(OfferRequest.handsOverOne("could lend u one till Friday")).isTrue();
        assertThat(OfferRequest.handsOverOne("I sell ones like it at the market")).isFalse();
        assertThat(OfferRequest.handsOverOne("one of the best cutters I've owned")).isFalse();
    }
}
