package dev.rapport.rules.promo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Like" after a verb of seeming or a thing named with "a" compares ("sounds like the start of blight, this guide
 * shows it: ...", "a gearbox like yours wants …"), and a price
 * with the place one happened on a thing ("two lamps for £8 at a flea market") tells a find: neither asks for a like
 * nor offers a deal. "Like my page" and "3 jars for £10 at my stall" still do.
 */
class ComparisonsAndFindsTest {
    private final SelfPromotionDetector detector = new SelfPromotionDetector();

    @ParameterizedTest
    @ValueSource(strings = {
            "sounds like the start of blight. pull the lower leaves, this guide shows it: https://garden.example/blight",
            "looks like that one is cross-threaded, swap the nut https://parts.example/m6-nut",
            "two brass lamps for £8 at a flea market, one even works",
            "car boot haul: a sewing machine for £12 and a box of bobbins",
            // session 64: "like" after a thing named with "a" compares too
            "a gearbox like yours wants the thicker oil, the chart is at https://oils.example/chart"
    })
    void comparisonsAndFindsAreNoPromotion(String text) {
        assertThat(detector.analyse(text).promotional()).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "please like my page and share https://social.example/jo.bakes",
            "3 jars for £10 at my stall this saturday",
            "like yours? then like my page too https://social.example/jo.bakes"
    })
    void askedLikesAndDealsStillAre(String text) {
        assertThat(detector.analyse(text).promotional()).as(text).isTrue();
    }
}
