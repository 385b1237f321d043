package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.promo.SelfPromotionDetector;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asking what a thing or a job costs ("roughly what does a new roof cost?") asks for a price: a tradesperson's ballpark
 * with an offer to come and see, message me, answers it. The same terms under a question that asked for no price (how
 * something works) answer nothing asked: a pitch to someone just met.
 */
class PriceAskedOfATradeTest {

    private static final ChannelInfo ASK = ChannelInfo.of("ask-a-roofer",
            "homeowners and landlords: ask the roofers about leaks, slates, gutters and costs");
    private static final String TERMS = "depends on the pitch and the slate. out your way it's usually £8-11k for a "
            + "farmhouse, stripped and relaid. glad to pop out and see it, message me";

    private static Chat askedThenAnswered(String question) {
        Chat chat = Chat.builder("wren", "ansel").promoDetector(new SelfPromotionDetector()).build();
        chat.sayIn(ASK, "wren", "lots of moss on north slopes after this wet autumn, worth a brush before winter");
        chat.later(Duration.ofHours(3));
        MessageId q = chat.sayIn(ASK, "ansel", question);
        chat.later(Duration.ofMinutes(40));
        chat.replyIn(ASK, "wren", q, "ansel", TERMS);
        return chat;
    }

    @Test
    void aBallparkUnderWhatAJobCostsAnswersIt() {
        Chat chat = askedThenAnswered("we've an old farmhouse out past Ludlow, half the slates are gone. roughly what "
                + "does a new roof cost round here?");

        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void theSameTermsUnderAQuestionThatAskedNoPriceAreAPitch() {
        Chat chat = askedThenAnswered("we've an old farmhouse out past Ludlow, half the slates are gone. why do slates "
                + "slip like that?");

        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }
}
