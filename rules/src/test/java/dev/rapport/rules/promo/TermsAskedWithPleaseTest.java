package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.text.OfferRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A post that ends "Prices please." asks traders for their terms as plainly as "what are your rates?" does: a price
 * and the days one is free, given under it, answer the request. The same reply under a post that asked for nothing
 * is an offer to someone just met.
 */
class TermsAskedWithPleaseTest {

    private static final String REPLY = "Free the 3rd to the 6th, £190 a day with my labourer.";

    private static Chat replied(String post) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        MessageId q = chat.say("bo", "jobs", post);
        chat.later(Duration.ofMinutes(25));
        chat.reply("ana", "jobs", q, "bo", REPLY);
        return chat.finish();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Slipped slates on a semi in Leek, two days on a tower. Starting the 3rd. Prices please.",
            "Garden wall to rebuild, 8 metres. Quotes pls",
            "Chimney to repoint next month: availability and rates please!",
            "Hall and landing to paper in Selby, about three days. Day rates and availability please.",
            "Two sash windows to reglaze. Hourly rates pls"
    })
    void aPostClosingWithASentenceAskingForPricesAsksForOffers(String text) {
        assertThat(OfferRequest.is(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Lower prices please, this is getting silly",
            "Kitchen fitted last week. Fair prices, please do use them.",
            "The roof's done and the tiles look great.",
            "Better day rates please, the agencies pay us the same as in 2015."
    })
    void pricesNamedInAnotherSentenceAskForNone(String text) {
        assertThat(OfferRequest.is(text)).as(text).isFalse();
    }

    @Test
    void aPriceAndDatesUnderAPostAskingForPricesAnswerIt() {
        Chat chat = replied("Slipped slates on a semi in Leek, two days on a tower. Starting the 3rd. Prices please.");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void aPriceAndDatesUnderAPostAskingForDayRatesAnswerIt() {
        Chat chat = replied("Hall and landing to paper in Selby, about three days. Day rates and availability please.");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void theSamePriceUnderAPostThatAskedForNothingIsAColdPitch() {
        Chat chat = replied("Slipped slates sorted on our semi in Leek, two days on a tower. Looks great.");
        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }
}
