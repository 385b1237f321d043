package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A price need not be a figure: "pay what you want", "name your price", "tip what you like", "launch discount" put a
 * price on one's own thing as "only $5" does, and next to the link where it is had they make the post an offer. Said
 * about pricing in general, or asked about, they offer nothing. So does a price held until a deadline ("rate until
 * Thursday"), whatever the price is called.
 */
class PriceFramingTest {
    private final SelfPromotionDetector detector = new SelfPromotionDetector();

    @ParameterizedTest
    @ValueSource(strings = {
        "Finished a zine about mountain birds, pay what you want: https://wren-press.example/zine",
        "the whole sample pack is PWYW now https://loopyard.example/packs/dusk",
        "name your price for the pattern, it's here https://stitchwell.example/p/fox-mitts",
        "free, or tip what you like: https://pebble-fonts.example/round-sans",
        "launch discount this week on the watercolour course https://paintdays.example/course",
        "early bird price for the spring retreat ends soon https://quietpines.example/retreat",
    })
    void aPriceFramingNextToItsLinkIsAnOffer(String text) {
        assertThat(detector.analyse(text).promotional()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the city museum is pay what you want on Sundays",
        "is the workshop pay what you want, or is there a fixed fee?",
        "pay what you want pricing worked better for my band than fixed prices",
        "we tried a launch discount once and nobody noticed",
        "the pricing guide explains name your price models https://docs.example.com/pricing",
    })
    void aPriceFramingTalkedAboutOrAskedAboutOffersNothing(String text) {
        assertThat(detector.analyse(text).promotional()).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the pottery starter kit is at its pre-season rate until Thursday: https://claycorner.example/kit",
        "last 3 days of the alumni price on my cello lessons https://bowline.example/lessons",
        "final 48 hours of the winter offer on the sketch course: https://penhollow.example/sketch",
    })
    void aPriceHeldUntilADeadlineNextToItsLinkIsAnOffer(String text) {
        assertThat(detector.analyse(text).promotional()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "is the pre-season rate on until Thursday? https://claycorner.example/kit",
        "I paid the alumni price until March, then it went up https://bowline.example/lessons",
        "the ferry keeps its winter rate until Friday, after that it doubles",
    })
    void aDeadlinePriceAskedAboutPaidOrWithoutAPageOffersNothing(String text) {
        assertThat(detector.analyse(text).promotional()).as(text).isFalse();
    }

    @Test
    void onesOwnThingPushedIntoTwoChannelsAtPayWhatYouWantIsPromotion() {
        Chat chat = posts("Made a deck of tarot prompts for writers, pay what you want: https://inkfox.example/prompts",
                "if anyone's stuck for ideas, my prompt deck is PWYW https://inkfox.example/prompts");
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }

    @Test
    void talkingAboutPayWhatYouWantInTwoChannelsIsNot() {
        Chat chat = posts("has anyone here sold anything at pay what you want? curious how it went",
                "I read that pay what you want works best when people can see who made it");
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    private static Chat posts(String first, String second) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.say("bo", "lounge", "morning all");
        chat.later(Duration.ofHours(1));
        chat.say("ana", "lounge", first);
        chat.later(Duration.ofMinutes(40));
        chat.say("ana", "writing-tips", second);
        return chat.finish();
    }
}
