package dev.rapport.rules.addressing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplyWeightsTest {

    @Test
    void shippedWeightsLoadAndAddressingCountsMoreThanDistance() {
        ReplyWeights shipped = ReplyWeights.defaults();
        double[] w = shipped.toArray();
        assertThat(w).hasSize(ReplyWeights.FEATURES);
        assertThat(w[ReplyWeights.ADDRESSES_AUTHOR]).isGreaterThan(0);
        assertThat(w[ReplyWeights.ADDRESSES_AUTHOR]).isGreaterThan(Math.abs(w[ReplyWeights.LOG_DISTANCE]));
    }

    @Test
    void formatAndParseRoundTrip() {
        ReplyWeights start = ReplyWeights.startingPoint();
        assertThat(ReplyWeights.parse(start.format()).toArray()).containsExactly(start.toArray());
    }

    @Test
    void everyFeatureHasADistinctName() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < ReplyWeights.FEATURES; i++) {
            names.add(ReplyWeights.name(i));
        }
        assertThat(names).hasSize(ReplyWeights.FEATURES);
        assertThat(ReplyWeights.name(ReplyWeights.ADDRESSES_AUTHOR)).isEqualTo("addresses-author");
    }

    @Test
    void commentsAndBlankLinesAreSkipped() {
        String text = "# trained on nothing\n\n" + ReplyWeights.startingPoint().format();
        assertThat(ReplyWeights.parse(text).toArray()).containsExactly(ReplyWeights.startingPoint().toArray());
    }

    @Test
    void unknownFeatureIsAnErrorNamingTheLine() {
        assertThatThrownBy(() -> ReplyWeights.parse("# x\nsomething-else 1.0\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
    }

    @Test
    void missingFeatureIsAnError() {
        assertThatThrownBy(() -> ReplyWeights.parse("none 1.0\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no weight for");
    }

    @Test
    void notANumberIsAnError() {
        String text = ReplyWeights.startingPoint().format().replaceFirst("none [^\\n]+", "none lots");
        assertThatThrownBy(() -> ReplyWeights.parse(text))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'lots' is not a number");
    }
}
