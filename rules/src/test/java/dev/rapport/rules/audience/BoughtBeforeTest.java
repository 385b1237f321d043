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

    @Test
    void buyingElsewhereOrAskingWhereToBuyIsNot() {
        assertThat(BoughtBefore.is("I bought mine from the hardware shop, do you want the link?")).isFalse();
        assertThat(BoughtBefore.is("have you ordered the new brushes yet?")).isFalse();
        assertThat(BoughtBefore.is("where did you get your gazebo from?")).isFalse();
    }
}
