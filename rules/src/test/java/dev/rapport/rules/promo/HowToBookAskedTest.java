package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asking how to book a provider or get onto their list asks to buy a place with them: the provider's booking page and
 * terms given in reply answer it, as they answer "who does …?", and are no second push beside the week's own post of
 * dates and prices. The same reply under a question that asks for nothing to buy is still a push.
 */
class HowToBookAskedTest {

    private static final ChannelInfo VISITS = ChannelInfo.of("grooming-visits",
            "the mobile groomer's visits: towns, dates, getting your dog ready");
    private static final String ROUND = "June trip: Otley and Ilkley, 9 to 13 June. £38 a dog, £15 extra for matted "
            + "coats. Book at brushbus.example/book";
    private static final String REPLY = "use brushbus.example/book and pick Otley on the 10th. Two dogs from one house "
            + "are £34 each.";

    @Test
    void theBookingPageGivenToWhoAskedHowToGetOntoTheListIsNoSecondPush() {
        Chat chat = roundPostedThenReplyTo("How can we get onto the groomer's waiting list? First time for us.");
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void theSameReplyUnderAQuestionThatAsksForNothingToBuyIsStillAPush() {
        Chat chat = roundPostedThenReplyTo("Does anyone else find their dog sulks after a bath?");
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }

    /** Ana posts her round's dates and prices, and two days later answers Bo's {@code question} with her page. */
    private static Chat roundPostedThenReplyTo(String question) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.sayIn(VISITS, "ana", ROUND);
        chat.later(Duration.ofDays(2));
        MessageId asked = chat.sayIn(VISITS, "bo", question);
        chat.later(Duration.ofMinutes(15));
        chat.replyIn(VISITS, "ana", asked, "bo", REPLY);
        chat.later(Duration.ofDays(1));
        return chat.finish();
    }
}
