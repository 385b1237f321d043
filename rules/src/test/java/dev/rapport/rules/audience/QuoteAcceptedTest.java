package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_ADVOCATES;
import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who accepts the quote of the one they speak to ("quote checked and accepted, go ahead") has hired them:
 * only the one who would do the work gives a quote, and only its buyer accepts one. Their next question, left a day, is a customer
 * left waiting, though the one they hired never posted an offer here. A quote received and still weighed hires nobody.
 */
class QuoteAcceptedTest {

    /**
     * A roofers' server: Lou tells Ana {@code aboutTheQuote}, and Ana gives her a date; two days on Lou asks Ana to move
     * the job, and Ana chats elsewhere for a day.
     */
    private static Chat louAsksAnaAfter(String aboutTheQuote) {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "lounge", "new scaffold tower came today, so much lighter than the old one");
        chat.later(Duration.ofHours(1)).mention("lou", "questions", "ana", aboutTheQuote);
        chat.later(Duration.ofMinutes(20)).mention("ana", "questions", "lou", "thanks Lou, Tuesday the 9th at eight "
                + "would suit me");
        chat.later(Duration.ofDays(2)).mention("lou", "questions", "ana", "bit of a snag, the skip lorry is booked "
                + "for the 10th. could we start a day later? and should the neighbours hear from me first?");
        chat.later(Duration.ofHours(3)).say("ana", "lounge", "anyone else find the new ridge tiles chip on the corners?");
        chat.later(Duration.ofHours(24)).say("ana", "lounge", "fixed it, a finer blade on the cutter");
        return chat.finish();
    }

    @Test
    void firesWhenTheOneWhoAcceptedTheirQuoteAsksAgainAndHearsNothing() {
        Chat chat = louAsksAnaAfter("quote checked and accepted, go ahead. which week suits you for the porch roof?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    @Test
    void staysQuietWhenTheQuoteWasOnlyReceivedAndWeighed() {
        Chat chat = louAsksAnaAfter("thanks for the quote, I'll think it over. which week suits you for the porch roof?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    /** The buyer's word accepts the other's quote; the seller's news of their own accepted quote is not it. */
    @Test
    void aQuoteAcceptedIsTheBuyersWordNotTheSellersNews() {
        assertThat(BoughtBefore.quoteAccepted("@Ana Reed quote reviewed and accepted, pencil us in please"))
                .isTrue();
        assertThat(BoughtBefore.quoteAccepted("we've accepted your quote for the garage roof")).isTrue();
        assertThat(BoughtBefore.quoteAccepted("happy to go ahead with your revised quote")).isTrue();
        assertThat(BoughtBefore.quoteAccepted("my quote was accepted today, big job in March")).isFalse();
        assertThat(BoughtBefore.quoteAccepted("if we accept your quote, when could you start?")).isFalse();
        assertThat(BoughtBefore.customerOfTheOneToldTo("your quote's accepted, when can you start?")).isTrue();
    }
}
