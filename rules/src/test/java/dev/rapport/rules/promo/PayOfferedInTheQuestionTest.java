package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question that offers to pay for what it asks ("does anyone check grant forms? happy to pay for an hour") asks for
 * paid work: a provider's price under it answers the request, however new the asker. The same price under a question
 * that offered nothing and asked for nobody is a pitch.
 */
class PayOfferedInTheQuestionTest {
    private static Scene scene(String seller) {
        return Scene.of(Chat.builder(seller).promoDetector(new SelfPromotionDetector()));
    }

    private static final String TERMS = "I check them, £90 for a form up to ten pages, done in two days. DM me";

    @Test
    void aPriceUnderAQuestionThatOfferedPayAnswersIt() {
        Chat chat = scene("ivo").says("nell", "grant-help", "does anyone here check grant forms before they go off? "
                        + "happy to pay for an hour of it")
                .answers("ivo", "grant-help", "nell", TERMS)
                .build();

        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void theSamePriceUnderAQuestionThatOfferedNothingIsAPitch() {
        Chat chat = scene("ivo").says("nell", "grant-help", "sent the grant form off at midnight, anyone else cutting "
                        + "it that fine?")
                .answers("ivo", "grant-help", "nell", TERMS)
                .build();

        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }
}
