package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_ADVOCATES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "You did the garden wall for us two summers ago" tells of a job the one spoken to did for the writer, as "the wall
 * you did for us" does; beside a quote asked ("will you be able to quote by June?") it is a returning client's word.
 * A quote asked with the time it is wanted by is a price asked, as "could you quote?" is; a citation names words.
 */
class JobDoneForUsThenAQuoteAskedTest {

    @Test
    void aQuoteAskedWithWhenItIsWantedIsAPriceAsked() {
        assertThat(BoughtBefore.priceAsked("will you be able to quote by June?")).isTrue();
        assertThat(BoughtBefore.priceAsked("the patio needs relaying. Can you quote by Friday?")).isTrue();
        assertThat(BoughtBefore.priceAsked("will you be able to quote for the patio?")).isTrue();
    }

    @Test
    void aCitationAskedWithATimeIsNoPriceAsked() {
        assertThat(BoughtBefore.priceAsked("could you quote in full the line she said?")).isFalse();
        assertThat(BoughtBefore.priceAsked("will you be able to quote the rule from the handbook?")).isFalse();
    }

    @Test
    void aJobDoneForTheWriterBesideAQuoteAskedIsPaidWorkTold() {
        assertThat(BoughtBefore.paidWorkTold("you did the garden wall for us two summers ago. The patio is next, "
                + "will you be able to quote by June?")).isTrue();
        assertThat(BoughtBefore.paidWorkTold("you did the washing-up for us at the fete, thanks again!")).isFalse();
        assertThat(BoughtBefore.paidWorkTold("if you did the garden wall for us, how much would that be?")).isFalse();
    }

    /** In a makers' server with no roles, someone asks Ana by name, saying {@code words}; Ana chats elsewhere. */
    private static Chat askedByName(String words) {
        return Scene.coaching("ana").says("ana", "yard", "new batch of lime mortar mixed, fingers crossed for dry weather")
                .says("bea", "yard", "good luck! mine cracked in the frost last winter")
                .asks("dev", "general", "ana", words)
                .stillAround("ana", "yard", "anyone know a good reclaimed brick yard up north?").build();
    }

    @Test
    void firesWhenSomeoneSheBuiltForAsksForAQuoteAndHearsNothing() {
        Chat chat = askedByName("you did the garden wall for us two summers ago. The patio needs relaying now, "
                + "will you be able to quote by June?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    @Test
    void staysQuietWhenTheJobToldComesWithNoTalkOfPay() {
        Chat chat = askedByName("you did the garden wall for us two summers ago and it's still standing! How are "
                + "you finding the new mixer?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }
}
