package dev.rapport.rules.promo;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cues look a token or two around a word, so the first and last words of a message are where an index runs off the
 * edge; and the detector reuses its token arrays from message to message, so a short message must not read a longer
 * one's leftovers. Found by a held-out scene with a message that opened with "code" and a word: the replay died
 * on it.
 */
class DetectorAtTheEdgesTest {
    private final SelfPromotionDetector detector = new SelfPromotionDetector();

    /** Sentences written for this test, each with cues near its start or its end. */
    private static final List<String> SENTENCES = List.of(
            "Code AUTUMN25 takes a quarter off everything in the shop this week",
            "code word for the raffle is pineapple, grab a ticket before Friday",
            "code LAUNCH20 for 20% off",
            "checkout at checkout",
            "for $10 each or three for $25, DM me",
            "pre order yours today at kits.example.com/order",
            "use my code",
            "subscribe",
            "check out my new album, link in bio!",
            "what do you think of this? https://example.org/draft",
            "anyone know why the build fails at the link step?");

    @Test
    void everyPrefixAndSuffixOfEverySentenceIsAnalysedWithoutFailing() {
        for (String sentence : SENTENCES) {
            String[] words = sentence.split(" ");
            for (int k = 0; k <= words.length; k++) {
                String prefix = String.join(" ", List.of(words).subList(0, k));
                String suffix = String.join(" ", List.of(words).subList(k, words.length));
                assertThat(detector.analyse(prefix)).as(prefix).isNotNull();
                assertThat(detector.analyse(suffix)).as(suffix).isNotNull();
            }
        }
    }

    @Test
    void aShortMessageAfterALongOneIsJudgedAsIfAlone() {
        for (String before : SENTENCES) {
            for (String after : SENTENCES) {
                SelfPromotionDetector fresh = new SelfPromotionDetector();
                detector.analyse(before + " and " + before);
                assertThat(detector.cues(after)).as("%s, after %s", after, before).isEqualTo(fresh.cues(after));
                assertThat(detector.analyse(after)).as("%s, after %s", after, before).isEqualTo(fresh.analyse(after));
            }
        }
    }
}
