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
 * {@code sell.cold} and work someone said they are about to have done: "going to get the old saddle re-stitched before
 * spring" wants the work from whoever does it, as "does anyone re-stitch saddles?" would ask. One who does it answering
 * with their terms meets a need the other just told, not a sale nobody sought. The same terms under a post that only
 * tells of work done, or of doing it oneself, are still a pitch to someone just met.
 */
class ColdSellWorkSaidToBeWantedTest {

    private static final ChannelInfo YARD = ChannelInfo.of("riders-corner", "Riders talk tack, fields and farriers.");
    private static final String TERMS = "Ah, nice! I do saddle work from my van, £40 for a full re-stitch, message me.";

    /** Wim tells the room {@code said}; twenty minutes later Ana, who never spoke with him, answers with her terms. */
    private static Chat answered(String said) {
        return Scene.of(Chat.builder("ana").promoDetector(new SelfPromotionDetector()))
                .saysIn(YARD, "wim", said)
                .after(Duration.ofMinutes(20))
                .answersIn(YARD, "ana", "wim", TERMS)
                .finish();
    }

    @Test
    void termsUnderWorkSaidToBeWantedMeetTheNeed() {
        assertThat(answered("Dug my grandad's saddle out of the barn, the stitching's gone. Going to get it "
                + "re-stitched before spring.").findings(SELL_COLD)).isEmpty();
    }

    @Test
    void termsUnderWorkDoneOrDoneOneselfAreStillAPitch() {
        assertThat(answered("Dug my grandad's saddle out of the barn, the stitching's gone. Going to have a go at "
                + "it myself this winter.").findings(SELL_COLD)).isNotEmpty();
    }

    @Test
    void workWantedIsReadFromTheCausativeWithTheWorkStillToCome() {
        assertThat(OfferRequest.is("going to have them reframed for my niece")).isTrue();
        assertThat(OfferRequest.is("I need to get the boots resoled")).isTrue();
        assertThat(OfferRequest.is("I had it serviced last year")).isFalse();
        assertThat(OfferRequest.is("going to have a go at it myself")).isFalse();
    }
}
