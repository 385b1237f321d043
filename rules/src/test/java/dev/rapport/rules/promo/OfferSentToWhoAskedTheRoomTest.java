package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who asks a server's room for a provider, with a budget ("is anyone free on my date? budget about…"), has
 * asked to be sent offers: a seller's price and booking page sent to them by DM answers that request even when the
 * seller never wrote in that server before, so that the DM is filed apart from it. So has someone who asked the room
 * whether anyone has a thing and was told "I have one, I'll DM you": the price sent by DM is what they were promised.
 * The same DM to someone who asked the room for nothing, or a price for something else sent to someone who asked
 * how to do a thing, is still a cold pitch.
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

    @Test
    void aPriceSentPrivatelyAfterSayingInTheRoomOneHasTheThingAskedForAnswersThem() {
        Chat chat = Chat.coaching("rory");
        MessageId asked = chat.say("nell", "swap-shop", "does anyone have a cast iron skillet, around 28cm, already "
                + "seasoned? for our camping trip");
        chat.reply("rory", "swap-shop", asked, "nell", "I've got a 26cm one that's been seasoned for years, I'll DM "
                + "you some photos");
        chat.direct("rory", "dm-rory-nell", "nell", "Hi Nell, photos of the skillet: "
                + "https://rory-kitchen.example/skillet-26. £22 with postage, shall I keep it for you till Friday?");

        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void aPriceForSomethingElseSentPrivatelyToSomeoneWhoAskedHowToDoSomethingIsCold() {
        Chat chat = Chat.coaching("rory");
        MessageId asked = chat.say("nell", "swap-shop", "how do I get rust off a cast iron skillet without ruining "
                + "it?");
        chat.reply("rory", "swap-shop", asked, "nell", "steel wool and a thin coat of oil, then bake it upside down, "
                + "I'll DM you a photo of mine");
        chat.direct("rory", "dm-rory-nell", "nell", "Hi Nell, I also sell restored skillets, 26cm for £22 with "
                + "postage, shall I keep one for you till Friday? https://rory-kitchen.example/skillets");

        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }

    @Test
    void aBookingPageSentPrivatelyToSomeoneWhoSaidTheyAreNotLookingForOneIsCold() {
        Chat chat = Chat.coaching("rory");
        chat.say("nell", "introductions", "hi all, Nell here. not looking for a DJ, the party is all booked, just here "
                + "to learn how to run the sound myself");
        chat.directFiledApart("rory", "dm-rory-nell", "nell", "Hi Nell, saw your intro. I can do your date, £450 for "
                + "four hours, hold it on my booking page: https://rory-sounds.example/book");

        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }
}
