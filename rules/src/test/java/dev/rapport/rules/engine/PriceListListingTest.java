package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.promo.SelfPromotionDetector;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A price list posted with its page in the room for listings names no figure, but the page holds the prices: it is a
 * listing, the seller's stock at a price, as one with "£40" in it is. The same page then taken into two talk rooms
 * within the morning is one link in three rooms; the list and one mention of it elsewhere leave it where it fits.
 */
class PriceListListingTest {

    private static final ChannelInfo MARKET = ChannelInfo.of("market-stall", "buy, sell and swap tack and feed");
    private static final ChannelInfo YARD = ChannelInfo.of("yard-talk", "livery gossip and horse chat");
    private static final ChannelInfo HOOVES = ChannelInfo.of("hoof-care", "farriers and owners on feet and shoes");
    private static final String LIST = "autumn price list is up: hay, haylage, straw and shavings "
            + "https://baleyard.example/autumn";

    private static Chat chat() {
        return Chat.builder("ros").promoDetector(new SelfPromotionDetector()).build();
    }

    @Test
    void thePriceListThenTwoTalkRoomsWithinTheMorningIsACrossPost() {
        Chat chat = chat();
        chat.sayIn(MARKET, "ros", LIST);
        chat.later(Duration.ofMinutes(30));
        chat.sayIn(YARD, "ros", "autumn prices are out, haylage cheaper than last winter https://baleyard.example/autumn");
        chat.later(Duration.ofMinutes(90));
        chat.sayIn(HOOVES, "ros", "reminder, the autumn list is here https://baleyard.example/autumn");

        assertThat(chat.findings(LINKS_REPEAT)).as("the listings room is the first of three").hasSize(1);
    }

    @Test
    void thePriceListAndOneMentionElsewhereIsNoCrossPost() {
        Chat chat = chat();
        chat.sayIn(MARKET, "ros", LIST);
        chat.later(Duration.ofMinutes(30));
        chat.sayIn(YARD, "ros", "autumn prices are out, haylage cheaper than last winter https://baleyard.example/autumn");

        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
    }
}
