package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A DM about terms that goes on with a request the other side made is a conversation they started, not a pitch:
 * someone who asks a maker by name "any chance of a pair of these?" and is told "I'll DM you" asked for the price that
 * follows by DM. And a buyer who asked after someone's listing and then bids for it ("would you take £50 for it?")
 * sells nothing: the price is offered for the other's thing. A maker's priced DM to someone who only praised their
 * work, or a seller's own price put as a question, is still a pitch.
 */
class TermsForWhatTheyAskedTest {

    @Test
    void aQuoteByDmForTheThingTheyAskedTheMakerForAnswersThem() {
        Chat chat = Chat.coaching("mira");
        chat.mention("joss", "general", "mira", "@mira your walnut spoons are gorgeous, any chance of a pair of them "
                + "for my sister's new kitchen?");
        chat.later(Duration.ofHours(10));
        chat.mention("mira", "general", "joss", "joss thank you so much! yes, I'll DM you");
        chat.later(Duration.ofMinutes(5));
        chat.direct("mira", "dm-mira-joss", "joss", "Hi! A matching pair of walnut spoons, oiled: £38 for both, ready "
                + "next week. When do you need them?");

        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void theSameQuoteToSomeoneWhoOnlyPraisedTheWorkIsCold() {
        Chat chat = Chat.coaching("mira");
        chat.mention("joss", "general", "mira", "@mira your walnut spoons are gorgeous, how long does the oil take to "
                + "cure?");
        chat.later(Duration.ofHours(10));
        chat.mention("mira", "general", "joss", "joss thank you so much! give me a few days, I'll DM you");
        chat.later(Duration.ofMinutes(5));
        chat.direct("mira", "dm-mira-joss", "joss", "Hi! A matching pair of walnut spoons, oiled: £38 for both, ready "
                + "next week. When do you want them?");

        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }

    @Test
    void aBuyerBiddingForSomeonesListingByDmSellsNothing() {
        Chat chat = Chat.coaching("tam");
        MessageIdHolder listing = new MessageIdHolder(chat.say("bea", "classifieds", "FS: Olympus OM-1 body, new "
                + "light seals, £120 posted"));
        chat.later(Duration.ofDays(1));
        chat.reply("tam", "classifieds", listing.id, "bea", "is this still going? does the meter work?");
        chat.later(Duration.ofMinutes(20));
        chat.direct("tam", "dm-tam-bea", "bea", "hi Bea, about the OM-1, would you take £100 for it?");

        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void aSellerPuttingTheirOwnPriceAsAQuestionByDmIsStillCold() {
        Chat chat = Chat.coaching("tam");
        chat.say("bea", "classifieds", "WTB: a light meter for an old film camera, anything working");
        chat.later(Duration.ofDays(1));
        chat.direct("tam", "dm-tam-bea", "bea", "hi Bea, my restored OM-1 bodies are £100 each, want me to keep one "
                + "for you?");

        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }

    /** Holds a message id for a reply. */
    private record MessageIdHolder(dev.rapport.rules.model.MessageId id) {
    }
}
