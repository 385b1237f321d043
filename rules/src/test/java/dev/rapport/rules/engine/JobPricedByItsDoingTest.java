package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.text.OfferRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asking what a job costs, the job named by its doing with no "a" or "the" before it ("what does tuning and
 * regulating cost?"), asks for a price as "what does a tuning cost?" does: the tuner's prices and an offer of a date
 * under it answer the question. The same reply under a question that asked no price is a pitch to someone just met.
 */
class JobPricedByItsDoingTest {
    private static final ChannelInfo ASK = ChannelInfo.of("piano-owners", "owners ask, tuners answer");
    private static final String TERMS = "Welcome! £75 to tune and £190 to tune and regulate, and I've free mornings "
            + "in May. Shall I put you down for one?";

    private static Chat askedThenAnswered(String question) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.sayIn(ASK, "ana", "Damp spring so far, keep the heating steady if the keys feel sticky.");
        chat.later(Duration.ofHours(4));
        MessageId q = chat.sayIn(ASK, "bo", question);
        chat.later(Duration.ofMinutes(30));
        chat.replyIn(ASK, "ana", q, "bo", TERMS);
        chat.finish();
        return chat;
    }

    @Test
    void pricesUnderWhatTheJobByItsDoingCostsAnswerIt() {
        Chat chat = askedThenAnswered("We've inherited an old upright and move in next month: what does tuning and "
                + "regulating cost?");

        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void theSameReplyUnderAQuestionThatAskedNoPriceIsAPitch() {
        Chat chat = askedThenAnswered("We've inherited an old upright and move in next month: should it settle "
                + "for a while first?");

        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }

    @Test
    void aJobNamedByItsDoingIsAThingPricedBeingIsNot() {
        assertThat(OfferRequest.is("what would servicing two boilers cost?")).isTrue();
        assertThat(OfferRequest.is("what does being late cost you?")).isFalse();
    }
}
