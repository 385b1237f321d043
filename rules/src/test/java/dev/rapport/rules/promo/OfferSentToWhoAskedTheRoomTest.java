package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who asks a server's room for a provider, with a budget ("is anyone free on my date? budget about…"), has
 * asked to be sent offers: a seller's price and booking page sent to them by DM answers that request even when the
 * seller never wrote in that server before, so that the DM is filed apart from it. The same DM to someone who asked
 * the room for nothing is still a cold pitch.
 */
class OfferSentToWhoAskedTheRoomTest {

    @Test
    void aBookingPageSentPrivatelyToSomeoneWhoAskedTheRoomWhoIsFreeOnTheirDateAnswersThem() {
        Chat chat = Chat.coaching("rory");
        chat.say("nell", "party-planning", "hello! it's my dad's 70th on 4 May near Whitby, about 80 guests. is "
                + "anyone free that evening? budget about £500 for four hours");
        chat.directFiledApart("rory", "dm-rory-nell", "nell", "Hi Nell, saw your post about the 70th. I can do 4 May, "
                + "£450 for four hours, hold the date on my booking page: https://rory-sounds.example/book");

        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void theSameBookingPageSentToSomeoneWhoOnlySharedTheirNewsIsCold() {
        Chat chat = Chat.coaching("rory");
        chat.say("nell", "party-planning", "hello! it's my dad's 70th on 4 May near Whitby, about 80 guests, all "
                + "booked and sorted, can't wait");
        chat.directFiledApart("rory", "dm-rory-nell", "nell", "Hi Nell, saw your post about the 70th. I can do 4 May, "
                + "£450 for four hours, hold the date on my booking page: https://rory-sounds.example/book");

        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }
}
