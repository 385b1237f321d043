package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Free samples offered with the page where they are asked for ("free sample pots: …") put one's goods in buyers'
 * hands, an offer as a free trial is: pushed into two rooms in a week it is the week's habit of promotion. Samples
 * asked about, or ones that someone was given, offer nothing of the writer's.
 */
class FreeSamplesOfferedTest {
    private static final SelfPromotionDetector DETECTOR = new SelfPromotionDetector();

    private static boolean sells(String text) {
        return DETECTOR.analyse(text).salesPitch();
    }

    @Test
    void freeSamplesWithTheirPageAreAnOffer() {
        assertThat(sells("Six new stoneware glazes this autumn, free samples: https://kilnworks.example/autumn")).isTrue();
        assertThat(sells("free sample pots of the matt range → https://kilnworks.example/matt")).isTrue();
    }

    @Test
    void freeSamplesAskedAboutOrGivenToSomeoneOfferNothing() {
        assertThat(sells("do they do free samples? https://kilnworks.example/autumn")).isFalse();
        assertThat(sells("I got free samples from them last month: https://kilnworks.example/autumn")).isFalse();
        assertThat(sells("they sent free samples to the club: https://kilnworks.example/autumn")).isFalse();
        assertThat(sells("free samples at the craft fair on Saturday")).isFalse();
    }

    private static Chat week(String first, String second) {
        Chat chat = Chat.builder("rhea").promoDetector(new SelfPromotionDetector()).build();
        chat.say("rhea", "kiln-talk", first);
        chat.later(Duration.ofDays(2));
        chat.say("rhea", "beginners", second);
        return chat.finish();
    }

    @Test
    void freeSamplesPushedIntoTwoRoomsAreAHabitOfPromotion() {
        assertThat(week("Six new stoneware glazes this autumn, free samples: https://kilnworks.example/autumn",
                "New matt glazes in, free sample pots → https://kilnworks.example/matt").findings(PROMO_SELF))
                .hasSize(1);
    }

    @Test
    void samplesOthersGaveOutPassedOnTwiceAreNoPromotion() {
        assertThat(week("I got free samples from them last month: https://kilnworks.example/autumn",
                "they sent free samples to the club, worth a look: https://kilnworks.example/matt")
                .findings(PROMO_SELF)).isEmpty();
    }
}
