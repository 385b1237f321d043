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
 * Asking what the price of a thing is ("and what's the wholesale price?") asks for the seller's terms as "how much
 * for…?" does: the price list sent privately after answering the question in the room takes the request up, new to
 * each other though the two are. The same list after a question that asked no price is a pitch to someone just met.
 */
class PriceAskedOfATradeCounterTest {
    private static final ChannelInfo COUNTER = ChannelInfo.of("questions", "ask the suppliers about finishes");
    private static final String LIST = "Hi Bo, here's the sheet: hard-wax oil £21 a litre or £88 for five, and orders "
            + "over £120 ship free. Shall I send you a tin to try?";

    private static Chat askedThenSentTheList(String question) {
        Chat chat = Chat.builder("ana", "bo").promoDetector(new SelfPromotionDetector()).build();
        chat.sayIn(COUNTER, "cy", "Does the satin finish yellow on maple?");
        chat.later(Duration.ofHours(2));
        MessageId q = chat.sayIn(COUNTER, "bo", question);
        chat.later(Duration.ofMinutes(25));
        chat.replyIn(COUNTER, "ana", q, "bo", "Hi Bo, yes, it's fine on bamboo tops. It goes by quantity, I can "
                + "send you the sheet if that helps.");
        chat.later(Duration.ofHours(2));
        chat.direct("ana", "dm-ana-bo", "bo", LIST);
        chat.finish();
        return chat;
    }

    @Test
    void thePriceListSentToWhoAskedTheWholesalePriceAnswersThem() {
        Chat chat = askedThenSentTheList("I fit kitchens in Wakefield. Is the hard-wax oil safe on bamboo tops, and "
                + "what's the wholesale price?");

        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void theSameListAfterAQuestionThatAskedNoPriceIsAPitch() {
        Chat chat = askedThenSentTheList("I fit kitchens in Wakefield. Is the hard-wax oil safe on bamboo tops, and "
                + "is it food safe once cured?");

        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }

    @Test
    void aPriceAskedAfterAsksForTermsAPriceWeighedDoesNot() {
        assertThat(OfferRequest.is("what are the prices for a fortnight in August?")).isTrue();
        assertThat(OfferRequest.is("what is your price on the walnut one?")).isTrue();
        assertThat(OfferRequest.is("what's the price difference between the two grades?")).isFalse();
    }
}
