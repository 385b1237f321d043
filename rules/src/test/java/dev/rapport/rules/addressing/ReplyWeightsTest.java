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

    /** One hidden unit that wakes only when a message is both addressed to the candidate's author and short. */
    private static ReplyWeights oneUnit() {
        double[][] hidden = new double[ReplyWeights.FEATURES][1];
        hidden[ReplyWeights.ADDRESSES_AUTHOR][0] = 1;
        hidden[ReplyWeights.SHORT_TO_AIMED][0] = 1;
        return ReplyWeights.of(new double[ReplyWeights.FEATURES], hidden, new double[] {-1}, new double[] {2});
    }

    @Test
    void aHiddenUnitScoresTwoFactsTogetherButNeitherAlone() {
        ReplyWeights weights = oneUnit();
        double[] both = new double[ReplyWeights.FEATURES];
        both[ReplyWeights.ADDRESSES_AUTHOR] = 1;
        both[ReplyWeights.SHORT_TO_AIMED] = 1;
        double[] one = new double[ReplyWeights.FEATURES];
        one[ReplyWeights.ADDRESSES_AUTHOR] = 1;
        assertThat(weights.score(both, new double[1])).isEqualTo(2.0);
        assertThat(weights.score(one, new double[1])).isZero();
        assertThat(weights.score(both)).isEqualTo(2.0);
    }

    @Test
    void aLinearScorerHasNoHiddenUnits() {
        assertThat(ReplyWeights.startingPoint().hiddenUnits()).isZero();
        assertThat(oneUnit().hiddenUnits()).isEqualTo(1);
    }

    @Test
    void hiddenUnitsSurviveFormatAndParse() {
        ReplyWeights weights = oneUnit();
        ReplyWeights back = ReplyWeights.parse(weights.format());
        assertThat(back.hiddenUnits()).isEqualTo(1);
        assertThat(back.biasArray()).containsExactly(-1.0);
        assertThat(back.outArray()).containsExactly(2.0);
        assertThat(back.hiddenArray()[ReplyWeights.SHORT_TO_AIMED]).containsExactly(1.0);
    }

    @Test
    void aHiddenUnitLineNamingNoFeatureIsAnError() {
        String text = ReplyWeights.startingPoint().format() + "unit0.something-else 1.0\n";
        assertThatThrownBy(() -> ReplyWeights.parse(text))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown feature");
    }
}
