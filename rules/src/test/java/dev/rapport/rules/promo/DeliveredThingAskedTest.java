package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.text.OfferRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asking the room whether anyone does a thing that is delivered ("is anyone doing a cheese hamper that delivers on
 * Fridays?") asks for a supplier: a thing brought to one's door is a thing bought. A supplier's price and the way to
 * order under it answer the question, no pitch. The same terms under a question that asks for company or advice are
 * an offer nobody asked for.
 */
class DeliveredThingAskedTest {

    private static Chat answered(String question, String answer) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        MessageId q = chat.say("bo", "ask-the-bakers", question);
        chat.later(Duration.ofMinutes(30));
        chat.reply("ana", "ask-the-bakers", q, "bo", answer);
        return chat.finish();
    }

    @Test
    void aSuppliersTermsAnswerSomeoneAskingWhoDoesAThingThatDelivers() {
        Chat chat = answered("is anyone doing a birthday cake that delivers on Saturdays? we're up in Moorside.",
                "I bring cakes up to Moorside every Saturday, £30 for a twelve-inch. DM me the flavour and it's booked.");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void theSameTermsUnderAQuestionAskingForCompanyAreAColdPitch() {
        Chat chat = answered("is anyone doing a stall at the Moorside fair on Saturday?",
                "I bring cakes up to Moorside every Saturday, £30 for a twelve-inch. DM me the flavour and it's booked.");
        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }

    @Test
    void onlyAThingSaidToComeToTheAskerAsksForASupplier() {
        assertThat(OfferRequest.is("anybody here making a veg box which can deliver to the estate?")).isTrue();
        assertThat(OfferRequest.is("is anyone doing the 10k that starts by the river?")).isFalse();
    }
}
