package dev.rapport.bot.eval;

import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.stats.IsoWeek;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Two labellers' verdicts on the same tips, compared as a statistician would. */
class LabelAgreementTest {
    private static final IsoWeek WEEK = IsoWeek.parse("2026-W41");

    private static TipLabel label(String person, RuleId rule, boolean should) {
        return new TipLabel(person, WEEK, rule, should, "", 1);
    }

    @Test
    void agreementBeyondChanceIsCohensKappa() {
        // Ten tips: both would give 3, only the first 1, only the second 2, neither 4.
        List<TipLabel> first = new ArrayList<>();
        List<TipLabel> second = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String person = "p" + i;
            first.add(label(person, RuleId.PROMO_SELF, i < 4));
            second.add(label(person, RuleId.PROMO_SELF, i < 3 || i == 4 || i == 5));
        }

        LabelAgreement.Counts total = new LabelAgreement().compare(first, second).total();

        assertThat(total).isEqualTo(new LabelAgreement.Counts(3, 1, 2, 4));
        assertThat(total.observed()).isCloseTo(0.7, within(1e-9));
        // Chance: 0.4 * 0.5 + 0.6 * 0.5 = 0.5, so kappa = (0.7 - 0.5) / (1 - 0.5).
        assertThat(total.kappa()).isCloseTo(0.4, within(1e-9));
        assertThat(total.positive()).isCloseTo(6.0 / 9, within(1e-9));
    }

    @Test
    void aTipOnlyOneLabellerJudgedIsShouldNotForTheOther() {
        List<TipLabel> first = List.of(label("Ana", RuleId.PROMO_SELF, true), label("Ben", RuleId.LINKS_BURST, false));
        List<TipLabel> second = List.of(label("ana", RuleId.PROMO_SELF, true), label("Cy", RuleId.ONEWAY_ASKS, true));

        LabelAgreement.Result result = new LabelAgreement().compare(first, second);

        assertThat(result.total()).as("names match ignoring case; Ben's label is not a disagreement, Cy's is")
                .isEqualTo(new LabelAgreement.Counts(1, 0, 1, 1));
        assertThat(result.disagreements()).singleElement().satisfies(p -> {
            assertThat(p.person()).isEqualTo("Cy");
            assertThat(p.first()).isEmpty();
            assertThat(p.secondSays()).isTrue();
        });
        assertThat(result.byRule().keySet()).as("rules in catalogue order")
                .containsExactly(RuleId.LINKS_BURST, RuleId.PROMO_SELF, RuleId.ONEWAY_ASKS);
    }

    @Test
    void kappaIsUndefinedWhereBothSayTheSameOfEveryTip() {
        List<TipLabel> same = List.of(label("Ana", RuleId.PROMO_SELF, false), label("Ben", RuleId.PROMO_SELF, false));

        LabelAgreement.Counts total = new LabelAgreement().compare(same, same).total();

        assertThat(total.observed()).isEqualTo(1.0);
        assertThat(total.kappa()).as("chance alone agrees on everything").isNaN();
        assertThat(total.positive()).as("neither gives any tip").isNaN();
    }
}
