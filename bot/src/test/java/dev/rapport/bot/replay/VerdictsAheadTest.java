package dev.rapport.bot.replay;

import dev.rapport.rules.promo.PromoDetector;
import dev.rapport.rules.promo.PromoVerdict;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.links.LinkExtractor;
import dev.rapport.rules.model.Link;
import dev.rapport.rules.text.TextCues;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Verdicts worked out while reading are the detector's own; a text not read ahead is analysed when asked. */
class VerdictsAheadTest {
    private static final String PROMOTIONAL = "my new collection is out, check out my shop and use my code";
    private static final String PLAIN = "does anyone know a good supplier for glass jars?";

    @Test
    void aTextReadAheadGetsTheVerdictTheDetectorGivesWithoutAskingItAgain() {
        AtomicInteger asked = new AtomicInteger();
        SelfPromotionDetector detector = new SelfPromotionDetector();
        PromoDetector counting = text -> {
            asked.incrementAndGet();
            return detector.analyse(text);
        };
        VerdictsAhead ahead = new VerdictsAhead(counting);

        ahead.prepare(PROMOTIONAL);
        ahead.prepare(PLAIN);

        assertThat(ahead.analyse(PROMOTIONAL)).isEqualTo(detector.analyse(PROMOTIONAL));
        assertThat(ahead.analyse(PROMOTIONAL).promotional()).isTrue();
        assertThat(ahead.analyse(PLAIN)).isEqualTo(detector.analyse(PLAIN));
        assertThat(asked).hasValue(2);
    }

    @Test
    void aTextNotReadAheadOrNoLongerKeptIsAnalysedWhenAsked() {
        AtomicInteger asked = new AtomicInteger();
        PromoDetector counting = text -> {
            asked.incrementAndGet();
            return new SelfPromotionDetector().analyse(text);
        };
        VerdictsAhead ahead = new VerdictsAhead(counting);
        ahead.prepare(PROMOTIONAL);
        for (int i = 0; i < VerdictsAhead.KEPT; i++) {
            ahead.prepare("message number " + i);
        }
        int afterReading = asked.get();

        PromoVerdict forgotten = ahead.analyse(PROMOTIONAL);
        PromoVerdict neverRead = ahead.analyse(PLAIN);

        assertThat(forgotten.promotional()).isTrue();
        assertThat(neverRead.promotional()).isFalse();
        assertThat(asked.get() - afterReading).isEqualTo(2);
    }

    @Test
    void aTextReadAgainKeepsItsVerdictWhenItsFirstReadingIsLetGo() {
        AtomicInteger asked = new AtomicInteger();
        PromoDetector counting = text -> {
            asked.incrementAndGet();
            return new SelfPromotionDetector().analyse(text);
        };
        VerdictsAhead ahead = new VerdictsAhead(counting);
        ahead.prepare(PLAIN);
        for (int i = 0; i < VerdictsAhead.KEPT - 1; i++) {
            ahead.prepare("message number " + i);
        }
        ahead.prepare(PLAIN);
        ahead.prepare("one more, which lets the first reading go");
        int afterReading = asked.get();

        assertThat(ahead.analyse(PLAIN)).isEqualTo(new SelfPromotionDetector().analyse(PLAIN));
        assertThat(asked.get()).isEqualTo(afterReading);
    }

    @Test
    void aDetectorFailureWhileReadingIsLeftToTheCoachingThread() {
        VerdictsAhead ahead = new VerdictsAhead(text -> {
            throw new IllegalStateException("broken detector");
        });

        ahead.prepare(PLAIN);

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> ahead.analyse(PLAIN)))
                .isInstanceOf(IllegalStateException.class).hasMessage("broken detector");
    }

    @Test
    void aMessageReadAheadHasTheCuesOfItsTextAndLinks() {
        VerdictsAhead ahead = new VerdictsAhead(new SelfPromotionDetector());
        String pitch = "Logo design from $150, book a call: https://calendly.com/x";
        List<Link> links = LinkExtractor.extract(pitch);

        ahead.prepare(pitch, links);
        ahead.prepare(PLAIN, List.of());

        assertThat(ahead.prepared(pitch, links)).isEqualTo(TextCues.of(pitch, links));
        assertThat(ahead.prepared(PLAIN, List.of())).isEqualTo(TextCues.of(PLAIN, List.of()));
    }

    @Test
    void aMessageNotReadAheadHasNoCuesPreparedAndIsLeftToTheEngine() {
        VerdictsAhead ahead = new VerdictsAhead(new SelfPromotionDetector());
        ahead.prepare(PROMOTIONAL);

        assertThat(ahead.prepared(PLAIN, List.of())).isNull();
        assertThat(ahead.prepared(PROMOTIONAL, List.of())).isNull();
    }
}
