package dev.rapport.rules.text;

import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A topic says the room is for listings when selling is what members do there; not when selling is only a subject
 * people talk or ask about.
 */
class ListingsTopicTest {

    private static boolean listings(String topic) {
        return ChannelPurpose.topicSaysListings(ChannelInfo.of("odds-and-ends", topic));
    }

    @Test
    void topicsWhereMembersSellInTheRoomAreListingsRooms() {
        assertThat(listings("buy, sell, swap: amps, pedals, cables")).isTrue();
        assertThat(listings("buy/sell/trade, price in the post")).isTrue();
        assertThat(listings("sell your own lino cuts in this room")).isTrue();
        assertThat(listings("spare frames for sale or swap")).isTrue();
        assertThat(listings("WTS / WTB only")).isTrue();
        assertThat(listings("buying or selling a van? here")).isTrue();
        assertThat(listings("selling or swapping yarn and needles")).isTrue();
        assertThat(listings("growers selling seedlings and cuttings")).isTrue();
    }

    /** Telling members to list their own things with a price asks for listings without the word "sell". */
    @Test
    void aTopicAskingMembersToListTheirThingsWithAPriceIsAListingsRoom() {
        assertThat(listings("quilters: list your finished quilts here, price and photos please")).isTrue();
        assertThat(listings("list your own spare bits, prices in euros")).isTrue();
    }

    /** A list asked for with no price is a list, not a listing. */
    @Test
    void aTopicAskingMembersToListThingsWithoutAPriceIsNot() {
        assertThat(listings("list your favourite reads of the year")).isFalse();
        assertThat(listings("list your own pups here, one post per litter")).isFalse();
    }

    @Test
    void sellingAsASubjectOfTalkOrForbiddenIsNot() {
        assertThat(listings("questions about pricing, selling, shipping: ask away")).isFalse();
        assertThat(listings("Selling at fairs.")).isFalse();
        assertThat(listings("tips on pricing and selling")).isFalse();
        assertThat(listings("swap spare parts, no selling")).isFalse();
        assertThat(listings("free swaps only")).isFalse();
        assertThat(listings("")).isFalse();
    }
}
