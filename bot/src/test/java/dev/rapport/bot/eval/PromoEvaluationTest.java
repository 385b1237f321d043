package dev.rapport.bot.eval;

import dev.rapport.rules.promo.PromoVerdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PromoEvaluationTest {
    /** A detector that flags exactly the texts starting with "promo", so the expected counts are plain. */
    private final PromoEvaluation evaluation = new PromoEvaluation(text -> text.startsWith("promo")
            ? new PromoVerdict(true, false, false, 1.0)
            : text.startsWith("ask") ? new PromoVerdict(false, false, true, 0.0) : PromoVerdict.NONE);

    private static LabelledComment comment(String text, boolean spam) {
        return new LabelledComment("f.csv", 2, text, spam);
    }

    @Test
    void countsEachOutcomeAndKeepsTheMistakes() {
        PromoFileResult result = evaluation.evaluate("f.csv", List.of(
                comment("promo 1", true), comment("promo 2", true), comment("promo 3", false),
                comment("plain", false), comment("plain spam", true)));
        assertThat(result.confusion()).isEqualTo(new PromoConfusion(2, 1, 1, 1));
        assertThat(result.falsePositives()).extracting(LabelledComment::text).containsExactly("promo 3");
        assertThat(result.falseNegatives()).extracting(LabelledComment::text).containsExactly("plain spam");
    }

    @Test
    void anEngagementAskAloneIsNotCountedAsFlagged() {
        PromoFileResult result = evaluation.evaluate("f.csv", List.of(comment("ask for likes", true)));
        assertThat(result.confusion()).isEqualTo(new PromoConfusion(0, 0, 0, 1));
    }

    @Test
    void precisionRecallAndF1FollowTheirDefinitions() {
        PromoConfusion c = new PromoConfusion(8, 2, 5, 4);
        assertThat(c.messages()).isEqualTo(19);
        assertThat(c.precision()).isCloseTo(0.8, within(1e-9));
        assertThat(c.recall()).isCloseTo(8.0 / 12, within(1e-9));
        assertThat(c.f1()).isCloseTo(2 * 0.8 * (8.0 / 12) / (0.8 + 8.0 / 12), within(1e-9));
    }

    @Test
    void figuresAreZeroRatherThanUndefinedWhenNothingWasFlaggedOrSpam() {
        PromoConfusion c = new PromoConfusion(0, 0, 3, 0);
        assertThat(c.precision()).isZero();
        assertThat(c.recall()).isZero();
        assertThat(c.f1()).isZero();
    }

    @Test
    void theTotalAddsTheFiles() {
        PromoFileResult a = evaluation.evaluate("a", List.of(comment("promo", true), comment("x", false)));
        PromoFileResult b = evaluation.evaluate("b", List.of(comment("promo", false), comment("y", true)));
        assertThat(PromoEvaluation.total(List.of(a, b))).isEqualTo(new PromoConfusion(1, 1, 1, 1));
    }
}
