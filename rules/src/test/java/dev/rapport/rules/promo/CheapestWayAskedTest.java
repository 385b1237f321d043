package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone asking the room for the cheapest way to buy a thing wants a price: a seller who says so and names their own
 * price for it, with a way round them too, answers the question, however new the two are to each other. The same
 * priced reply under a question that asked how to set the thing up asks nobody's price: a pitch to a stranger.
 */
class CheapestWayAskedTest {
    private static final String REPLY = "full disclosure, I sell these: I could do the yearly plan at £7.20 a seat, "
            + "message me for a proper quote. paying yearly straight to the maker also beats paying monthly";

    private static Chat answered(String question) {
        Chat chat = Chat.builder("tam").promoDetector(new SelfPromotionDetector()).build();
        MessageId q = chat.say("ode", "billing-chat", question);
        chat.later(Duration.ofMinutes(35));
        chat.reply("tam", "billing-chat", q, "ode", REPLY);
        return chat.finish();
    }

    @Test
    void aPriceUnderAskingForTheCheapestWayToBuyAnswersTheQuestion() {
        Chat chat = answered("what is the cheapest way to buy the drawing app for nine staff? we pay the sticker "
                + "price every month at the moment");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void theSamePriceUnderAskingHowToSetItUpIsAPitch() {
        Chat chat = answered("how do I set up the drawing app for nine staff so they share one folder of brushes?");
        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }
}
