package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.text.OfferRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asking what a thing costs where, or from whom, it is had ("what does a week at your sailing school cost?", "what
 * would a term of lessons with her cost?") asks for a price as "what does a week cost?" does: the place named after
 * the thing is no reason to read the question as anything else. A provider's terms and booking page sent back in the
 * same private conversation answer it; the same terms under a private question that asked no price are a pitch to
 * someone just met.
 */
class PriceOfAStayAtAPlaceAskedTest {
    private static final ChannelInfo LOBBY = ChannelInfo.of("lobby", "members' chat");
    private static final String TERMS = "Hi Bo, welcome! A week is €240 with boats and wetsuits, and the first "
            + "morning is free. Book here: https://gullbay.example/taster";

    private static Chat askedPrivately(String question) {
        Chat chat = Chat.builder("ana", "bo").promoDetector(new SelfPromotionDetector()).build();
        chat.sayIn(LOBBY, "ana", "Wind drops after lunch tomorrow, the afternoon group goes out at two.");
        chat.later(Duration.ofHours(20));
        chat.sayIn(LOBBY, "bo", "hello all, just arrived in town for the summer");
        chat.later(Duration.ofMinutes(20));
        chat.direct("bo", "dm-ana-bo", "ana", question);
        chat.later(Duration.ofMinutes(30));
        chat.direct("ana", "dm-ana-bo", "bo", TERMS);
        chat.finish();
        return chat;
    }

    @Test
    void termsSentBackToWhoAskedWhatAWeekAtThePlaceCostsAnswerThem() {
        Chat chat = askedPrivately("Hi Ana, I've just joined. What does a week at Gull Bay Sailing cost, and do you "
                + "do a taster?");

        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void theSameTermsUnderAPrivateQuestionThatAskedNoPriceAreAPitch() {
        Chat chat = askedPrivately("Hi Ana, I've just joined. Is the harbour wall safe to fish from at low tide?");

        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }

    @Test
    void aPriceAskedOfAThingAtAPlaceOrFromSomeoneAsksForAnOffer() {
        assertThat(OfferRequest.is("what would a term of lessons with her cost?")).isTrue();
        assertThat(OfferRequest.is("roughly what does a month at the climbing wall cost?")).isTrue();
        assertThat(OfferRequest.is("what did a month at the climbing wall cost you?")).isFalse();
        assertThat(OfferRequest.is("what does a month at the climbing wall do for your grip?")).isFalse();
    }
}
