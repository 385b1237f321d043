package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.text.Pitch;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Takings shared as a ratio of a hundred ("a 70/30 split", "60/40 to the venue") are the terms of a deal, as a price
 * is: with "DM me", put under someone's thanks to another provider by one who never spoke with them, the offer is a
 * pitch to someone just met. The same reply without terms, or a ratio that shares nothing ("a 50/50 chance"), offers
 * no deal.
 */
class RevenueSplitTermsTest {
    private static final ChannelInfo VENUES = ChannelInfo.of("venues-ask",
            "venue owners ask about live music nights; promoters reply");

    private static Chat underHerThanks(String reply) {
        Chat chat = Chat.builder("kai").promoDetector(new SelfPromotionDetector()).build();
        MessageId thanks = chat.sayIn(VENUES, "mo", "Friday's folk night sold out the back room. Thank you Lea for "
                + "booking the band!");
        chat.later(Duration.ofMinutes(25));
        chat.replyIn(VENUES, "kai", thanks, "mo", reply);
        return chat.finish();
    }

    @Test
    void firesForADoorSplitWithDmMeUnderAThankYouToAnotherPromoter() {
        Chat chat = underHerThanks("Brilliant! If you want a jazz night too, I can bring a trio on a 70/30 door split "
                + "your way, nothing up front, DM me.");
        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }

    @Test
    void staysQuietForTheSameWarmthWithNoTerms() {
        Chat chat = underHerThanks("Brilliant! Folk nights are having a moment round here, DM me if you ever want to "
                + "compare notes.");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void aRatioIsTermsOnlyWhenItSharesTakings() {
        assertThat(Pitch.is("two cabinets free to place, 60/40 to the venue, DM me", List.of())).isTrue();
        assertThat(Pitch.is("happy to split 65/35 on the bar, DM me", List.of())).isTrue();
        assertThat(Pitch.is("honestly a 50/50 chance it rains, DM me if you hear more", List.of())).isFalse();
        assertThat(Pitch.is("gig on 10/12 at the hall, DM me for the set list", List.of())).isFalse();
    }
}
