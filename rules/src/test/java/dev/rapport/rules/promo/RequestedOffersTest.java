package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who asks the room for offers ("looking for someone to design my logo, DM me your rates") has asked to be
 * pitched: an offer sent to them by DM answers them. The same offer to someone who asked for nothing is cold.
 */
class RequestedOffersTest {

    @Test
    void anOfferByDmToSomeoneWhoAskedForNothingIsCold() {
        Chat chat = Chat.coaching("bob");
        chat.say("ana", "general", "Finished the new logo for my bakery today, so happy with it");
        chat.direct("bob", "dm-bob-ana", "ana", "[pitch] Hi Ana, I design logos, packages from $99, book a call");
        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }

    @Test
    void anOfferByDmToSomeoneWhoAskedTheRoomForOffersAnswersThem() {
        Chat chat = Chat.coaching("bob");
        chat.say("ana", "general", "Looking for someone to design a logo for my bakery, DM me your rates");
        chat.direct("bob", "dm-bob-ana", "ana", "[pitch] Hi Ana, I design logos, packages from $99, book a call");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }
}
