package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What something fetched once, told as a result ("one went for £900", "I had one go for £400 at the spring fair"), is
 * news of a sale that happened: no deal offered. A seller's terms, "two for £10", still are one, and so a reply telling
 * what a thing fetched is no pitch to someone just met, while the same reply offering two at a price is.
 */
class PriceSomethingFetchedTest {
    private final SelfPromotionDetector detector = new SelfPromotionDetector();

    @ParameterizedTest
    @ValueSource(strings = {
            "signed shirts always do well. I had one go for £400 at the spring fair",
            "the vintage bike was the star, one went for €900 in the end",
            "prints did fine, two sold for £60 each by the interval"
    })
    void aPriceSomethingFetchedIsNoDeal(String text) {
        assertThat(detector.analyse(text).salesPitch()).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "signed shirts always do well. two for £400 if you want them",
            "three go for £20 at my stall this weekend"
    })
    void termsPutInThePresentAreStillADeal(String text) {
        assertThat(detector.analyse(text).salesPitch()).as(text).isTrue();
    }

    private static final ChannelInfo STALLS = ChannelInfo.of("what-sold", "what sold at your fairs this year");

    /** Bo tells the room what sold; ten minutes later Cy, who never spoke with him, replies {@code reply}. */
    private static Chat underHisNews(String reply) {
        return Scene.of(Chat.builder("cy").promoDetector(new SelfPromotionDetector()))
                .saysIn(STALLS, "bo", "a dinner cooked at home was our best seller last week, £700")
                .after(Duration.ofMinutes(10))
                .answersIn(STALLS, "cy", "bo", reply)
                .finish();
    }

    @Test
    void tellingWhatOneFetchedIsNoColdPitch() {
        assertThat(underHisNews("dinners at home always sell. I had one go for £650 at the spring fair")
                .findings(SELL_COLD)).isEmpty();
    }

    @Test
    void offeringTwoAtAPriceIsStillAColdPitch() {
        assertThat(underHisNews("dinners at home always sell. two for £650 if you want them, DM me")
                .findings(SELL_COLD)).hasSize(1);
    }
}
