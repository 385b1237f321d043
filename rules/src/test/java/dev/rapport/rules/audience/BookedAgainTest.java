package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_ADVOCATES;
import static dev.rapport.rules.audience.QuoteAskedForTheJobSaidBeforeTest.askedByName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only one who booked someone before books them again: "could I book you to tune the piano again?" or "could I book
 * Tom's Monday lesson again?" asked of them is a returning client's word, and talk of their paid time. A thing or a
 * place booked for someone ("can I book you a seat again?", "can we book the hall again?") says neither.
 */
class BookedAgainTest {

    @Test
    void theOneSpokenToOrASessionOfTheirsAskedToBeBookedAgainIsAReturningClientsWord() {
        assertThat(BoughtBefore.servedBy("could I book you to tune the piano again? the choir agreed")).isTrue();
        assertThat(BoughtBefore.payTalked("could I book Tom's Monday lesson again? same time please")).isTrue();
        assertThat(BoughtBefore.servedBy("@Ana can we book our usual fortnightly slot again?")).isTrue();
    }

    @Test
    void aThingOrAPlaceBookedAgainIsNoReturningClientsWord() {
        assertThat(BoughtBefore.servedBy("can I book you a seat again for the quiz night?")).isFalse();
        assertThat(BoughtBefore.servedBy("can we book the hall again for the next meetup?")).isFalse();
        assertThat(BoughtBefore.payTalked("shall we book a table again on Friday?")).isFalse();
    }

    /** A booking of her asked again says he booked her before: his question is a returning client's. */
    @Test
    void firesWhenSomeoneAsksToBookHerAgainAndHearsNothing() {
        Chat chat = askedByName("could we book you for the pavilion lights again? same week as last time?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    /** The hall booked again is a place, not her work: owed an answer, but not as a client. */
    @Test
    void staysQuietWhenTheAskerOnlyWantsTheHallBookedAgain() {
        Chat chat = askedByName("could we book the hall again for the pavilion meeting? same week as last time?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }
}
