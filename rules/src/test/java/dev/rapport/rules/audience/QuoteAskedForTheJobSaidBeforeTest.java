package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_ADVOCATES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Could you quote?" with nothing after it asks the price of the job the message has just described, as "could you
 * quote for it?" does; "could you quote the clause?" cites words and asks no price. Beside work the one asked did for
 * the writer, the quote asked makes the writer a returning client.
 */
class QuoteAskedForTheJobSaidBeforeTest {

    @Test
    void aBareQuoteAskedIsAPriceAsked() {
        assertThat(BoughtBefore.priceAsked("we need the hall rewired before spring. could you quote?")).isTrue();
        assertThat(BoughtBefore.priceAsked("new kitchen going in. Can you quote us, and when are you free?")).isTrue();
        assertThat(BoughtBefore.priceAsked("two rooms to paint, would you quote please?")).isTrue();
    }

    @Test
    void aQuotationOfWordsIsNoPriceAsked() {
        assertThat(BoughtBefore.priceAsked("could you quote the bit of the regs you meant?")).isFalse();
        assertThat(BoughtBefore.priceAsked("can you quote me on that in the minutes?")).isFalse();
        assertThat(BoughtBefore.priceAsked("could you quote him word for word?")).isFalse();
    }

    /** In a makers' server with no roles, someone asks Ana by name, saying {@code words}; Ana chats elsewhere. */
    static Chat askedByName(String words) {
        return Scene.coaching("ana").says("ana", "stalls", "wiring the new unit tonight, fingers crossed")
                .says("bea", "stalls", "good luck! mine tripped twice last week")
                .asks("dev", "general", "ana", words)
                .stillAround("ana", "stalls", "anyone know a good cable supplier up north?").build();
    }

    /** Work she did for his club, told with a bare "could you quote": his question is a returning client's. */
    @Test
    void firesWhenSomeoneSheWorkedForAsksHerToQuoteAndHearsNothing() {
        Chat chat = askedByName("you rewired our cricket pavilion two years ago. The bar is being extended in "
                + "March. Could you quote, and are you free that month?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    /** The same work told with a citation asked for says nothing of pay: owed an answer, but not as a client. */
    @Test
    void staysQuietWhenTheWorkToldComesWithACitationAsked() {
        Chat chat = askedByName("you rewired our cricket pavilion two years ago. Could you quote the part of the "
                + "regs about bar sockets?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }
}
