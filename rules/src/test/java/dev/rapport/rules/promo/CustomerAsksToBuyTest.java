package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sell.cold} as a specification of who is buying: a customer who asks a seller met two days ago, by DM, whether
 * they can get a thing from them ("can I get a spare filter posted? £18", "or should I get yours?") asks to buy, and
 * sells nothing, price or no price; the seller putting a priced thing to that customer unasked ("can I get you one
 * posted? £18") still pitches.
 */
class CustomerAsksToBuyTest {

    /** Pat asks the shop room something and Noor answers; two days later {@code from} DMs {@code to}. */
    private static Chat chatWith(String from, String to, String dm) {
        Chat chat = Chat.builder(from).promoDetector(new SelfPromotionDetector()).build();
        chat.say("pat", "help", "My fish tank filter has gone noisy since I cleaned it, any idea why?");
        chat.later(Duration.ofMinutes(20));
        chat.say("noor", "help", "Usually air in the impeller housing, tilt it under water until it stops gurgling.");
        chat.later(Duration.ofHours(46));
        chat.direct(from, "dm-pat-noor", to, dm);
        chat.finish();
        return chat;
    }

    @Test
    void aCustomerAskingToGetAPricedThingFromTheSellerIsBuying() {
        Chat chat = chatWith("pat", "noor", "Hi Noor, can I get a spare filter sponge posted to me? £18 I think");

        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void aCustomerAskingWhetherToGetTheSellersOwnIsBuying() {
        Chat chat = chatWith("pat", "noor", "Hi Noor, is the pet shop's water conditioner ok or should I get yours?");

        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void theSellerAskingToGetThePricedThingToTheCustomerStillPitches() {
        Chat chat = chatWith("noor", "pat", "Hi Pat, glad it stopped. Can I get you a spare sponge posted? £18, and "
                + "I'll send it today.");

        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }

    @Test
    void theAskDecidesByWhoGetsTheThing() {
        assertThat(asksToBuy("could we order two of the big ones? £40 each?")).isTrue();
        assertThat(asksToBuy("can I get you one? £40 each")).isFalse();
        assertThat(asksToBuy("can we get started? it's £300 for the package")).isFalse();
        assertThat(asksToBuy("can I get one? £40, or DM me for the bundle")).isFalse();
    }

    private static boolean asksToBuy(String text) {
        return ColdSellRule.asksToBuy(text, List.of());
    }
}
