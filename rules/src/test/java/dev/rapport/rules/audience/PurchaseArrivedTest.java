package dev.rapport.rules.audience;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thing of the writer's "from you" that came or arrived was bought from the one spoken to ("my lamp from you
 * arrived"): only a purchase is sent and waited for that way. A letter, a card or a gift from them came too, and says
 * nothing of buying.
 */
class PurchaseArrivedTest {

    @Test
    void aThingOfOnesFromThemThatArrivedWasBoughtFromThem() {
        assertThat(BoughtBefore.is("my pewter brooch from you arrived on Tuesday, it goes with everything. "
                + "any chance of a matching pin?")).isTrue();
        assertThat(BoughtBefore.is("@Ife our seed order off your stall finally turned up, the peas are in")).isTrue();
    }

    @Test
    void aLetterOrAGiftFromThemThatCameIsNoPurchase() {
        assertThat(BoughtBefore.is("my birthday card from you came this morning, so kind")).isFalse();
        assertThat(BoughtBefore.is("did the brooch from you come yet? mine is lost in the post")).isFalse();
    }
}
