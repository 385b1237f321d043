package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.text.OfferRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotes one already has ("we've had three quotes for the rewiring") are offers in hand: asking the room which of them
 * looks fairer asks for advice on choosing, not for one more offer. So a stranger's priced offer sent privately the
 * next morning answers nothing that was asked, and is a pitch to someone never spoken with; a request for a quote put
 * to the room is answered by the same terms.
 */
class QuotesInHandTest {

    private static final String OFFER = "Morning Tam, I read your post about the workshop. I'd undercut the lot, a full "
            + "rewire for £780 with the certificate. Shall I put your job in my diary for next month?";

    private static Chat chatWhere(String request) {
        Chat chat = Chat.builder("rhys").promoDetector(new SelfPromotionDetector()).build();
        chat.say("rhys", "lobby", "Evening all, Rhys here, a sparky working round the valleys these days.");
        chat.later(Duration.ofHours(2));
        chat.say("tam", "house-help", request);
        chat.later(Duration.ofHours(14));
        chat.direct("rhys", "dm-rhys-tam", "tam", OFFER);
        chat.finish();
        return chat;
    }

    @Test
    void aPricedOfferSentPrivatelyToSomeoneWeighingTheQuotesTheyHaveIsAColdPitch() {
        Chat chat = chatWhere("We've had three quotes for rewiring the workshop, £900 from one firm and £1,400 from "
                + "the other two. Which of those looks fairer to you lot?");

        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }

    @Test
    void theSameOfferToSomeoneWhoAskedTheRoomForAQuoteAnswersThem() {
        Chat chat = chatWhere("Rewiring the workshop this spring, an old garage with one ring main. Could anyone local "
                + "give me a quote?");

        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void quotesAlreadyHeldAskForNoOfferWhileAQuoteAskedForDoes() {
        assertThat(OfferRequest.is("had three quotes for the loft, which one would you pick?")).isFalse();
        assertThat(OfferRequest.is("we've received two roofing quotes and both seem steep, normal?")).isFalse();
        assertThat(OfferRequest.is("can I get a quote for the loft?")).isTrue();
        assertThat(OfferRequest.is("got a quote back, can anyone recommend a second firm?")).isTrue();
    }
}
