package dev.rapport.rules.promo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Sub" for a side on a day is a substitute standing in ("could you sub for the Harriers on Saturday?"), not a
 * subscription asked for; "sub for more" after one's video still asks for subscribers.
 */
class SubstituteAskedTest {
    private final SelfPromotionDetector detector = new SelfPromotionDetector();

    @Test
    void askingSomeoneToStandInForASideOnADayPromotesNothing() {
        assertThat(detector.analyse("we're a player down, could you sub for the Harriers on Saturday?").promotional())
                .isFalse();
        assertThat(detector.analyse("Anyone able to sub for Oakfield tomorrow? Our team's one short.").promotional())
                .isFalse();
    }

    @Test
    void askingForSubscribersStillIsAnAsk() {
        assertThat(detector.analyse("new video up, sub for more tips every Friday!").promotional()).isTrue();
        assertThat(detector.analyse("please sub for sub, I always sub back").promotional()).isTrue();
    }
}
