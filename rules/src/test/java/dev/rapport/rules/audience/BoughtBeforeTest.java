package dev.rapport.rules.audience;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoughtBeforeTest {

    @Test
    void sayingYouBoughtFromThemIsACustomersWord() {
        assertThat(BoughtBefore.is("hey! we ordered from you at Christmas, are you doing hampers again?")).isTrue();
        assertThat(BoughtBefore.is("I got my first wool rug off you two years ago")).isTrue();
        assertThat(BoughtBefore.is("I bought your autumn candle and the whole flat smells of it")).isTrue();
    }

    /** Chat drops the "I": a sentence that opens with the buying is the writer's own. */
    @Test
    void aPurchaseToldWithoutTheIIsTheWritersToo() {
        assertThat(BoughtBefore.is("morning! bought my rain cover from you in April and the zip has gone, "
                + "can it be fixed?")).isTrue();
        assertThat(BoughtBefore.is("Ordered two of your oat loaves last week. Any chance of rye on Friday?")).isTrue();
    }

    /** Left out, the "I" is not assumed where the sentence asks, or where someone else bought. */
    @Test
    void withoutTheIAQuestionOrSomeoneElsesPurchaseIsNot() {
        assertThat(BoughtBefore.is("ordered your new seed trays yet? they sell out fast")).isFalse();
        assertThat(BoughtBefore.is("my neighbour bought her hammock from you, she loves it")).isFalse();
    }

    @Test
    void buyingElsewhereOrAskingWhereToBuyIsNot() {
        assertThat(BoughtBefore.is("I bought mine from the hardware shop, do you want the link?")).isFalse();
        assertThat(BoughtBefore.is("have you ordered the new brushes yet?")).isFalse();
        assertThat(BoughtBefore.is("where did you get your gazebo from?")).isFalse();
    }
}
