package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who is buying in a private chat about a price. Someone who asked the room whether anyone has a thing, and was told
 * by its owner "I have one, I'll message you", is the buyer when the two talk terms privately: their "£22 works, can
 * you post it Monday?" agrees to the seller's price, it offers nothing of their own. The same priced question sent
 * privately to someone who offered them nothing is still a price put to a stranger.
 */
class BuyerTalkingTermsTest {

    /** Nell met Rory at an evening class the day before, asks the room for a skillet; {@code to} gets her DM. */
    private static Chat buyerWrites(String to, String words) {
        Chat chat = Chat.coaching("nell");
        MessageId pot = chat.say("rory", "pottery", "my first teapot, the lid almost fits");
        chat.reply("nell", "pottery", pot, "rory", "almost is good! the spout is lovely");
        chat.later(Duration.ofHours(16));
        MessageId asked = chat.say("nell", "swap-shop", "is anyone selling a cast iron skillet, around 28cm? mine "
                + "cracked");
        chat.later(Duration.ofHours(1));
        chat.reply("rory", "swap-shop", asked, "nell", "I have one, 28cm and seasoned for years, I'll DM you");
        chat.later(Duration.ofMinutes(10));
        chat.direct("rory", "dm-rory-nell", "nell", "Hi Nell, it's a 28cm one, seasoned for years. £22 with postage, "
                + "or come and look at it Saturday?");
        chat.later(Duration.ofMinutes(30));
        chat.direct("nell", "dm-nell-" + to, to, words);
        return chat.finish();
    }

    @Test
    void theAskerAgreeingToTheSellersPriceIsBuyingNotPitching() {
        Chat chat = buyerWrites("rory", "£22 is fair. can you post it Monday?");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void thePricedQuestionSentToSomeoneWhoOfferedNothingIsStillCold() {
        Chat chat = buyerWrites("tess", "£22 is fair. can you post it Monday?");
        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }
}
