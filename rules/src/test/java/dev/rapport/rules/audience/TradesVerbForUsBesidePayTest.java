package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import java.time.Duration;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_ADVOCATES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job done for the writer in any trade's verb, which no list holds ("the beams you hoisted for us", "you audited the
 * accounts for us last spring"), told beside talk of pay (the same fee as last year asked, the one who did it told
 * they will be needed again) makes a returning client, as "the wall you did for us" does.
 */
class TradesVerbForUsBesidePayTest {

    @Test
    void aJobInAnyTradesVerbForTheWriterBesidePayIsWorkBought() {
        assertThat(BoughtBefore.paidWorkTold("the oak beams you hoisted for us last autumn are still level! We will "
                + "want you back for the barn roof in spring")).isTrue();
        assertThat(BoughtBefore.paidWorkTold("you audited the charity accounts for us last spring. This year's are "
                + "ready, same fee as last time?")).isTrue();
    }

    @Test
    void aFavourOrAPlanBesideNoPayIsNoWorkBought() {
        assertThat(BoughtBefore.paidWorkTold("the oak beams you hoisted for us last autumn are still level!"))
                .isFalse();
        assertThat(BoughtBefore.paidWorkTold("the link you posted for us was great, we will want you back for "
                + "the quiz")).isFalse();
        assertThat(BoughtBefore.paidWorkTold("you explained the rules for us, same time as last week?")).isFalse();
    }

    @Test
    void thePriceOfTheJobBeforeAskedAgainIsTalkOfPay() {
        assertThat(BoughtBefore.payTalked("same fee as last year?")).isTrue();
        assertThat(BoughtBefore.payTalked("would it be the same price as before?")).isTrue();
        assertThat(BoughtBefore.payTalked("same table as last time?")).isFalse();
        assertThat(BoughtBefore.repeatJob("free on Thursday if anyone needs a hand, same fee as last year"))
                .isFalse();
    }

    @Test
    void beingWantedAgainForTheNextJobIsTalkOfPay() {
        assertThat(BoughtBefore.payTalked("we will want you back for the barn roof")).isTrue();
        assertThat(BoughtBefore.payTalked("I'll want you back in the autumn")).isTrue();
        assertThat(BoughtBefore.payTalked("we need you to sign the card")).isFalse();
        assertThat(BoughtBefore.payTalked("we want you back, the quiz team is short")).isFalse();
    }

    /** In a makers' server with no roles, someone asks Ana by name; Ana chats elsewhere all week. */
    private static Chat askedByName(String words) {
        return Scene.coaching("ana").says("ana", "yard", "new chain hoist arrived, lovely and smooth")
                .says("bea", "yard", "nice! what rating?")
                .asks("dev", "general", "ana", words)
                .after(Duration.ofHours(6))
                .stillAround("ana", "yard", "anyone know a good place to get slings tested?").build();
    }

    @Test
    void firesWhenAClientWhoseJobWasToldInTheTradesVerbAsksTheSameFeeAndHearsNothing() {
        Chat chat = askedByName("you audited the charity accounts for us last spring. This year's are ready, same "
                + "fee as last time?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    @Test
    void staysQuietWhenAFavourIsToldWithNoPay() {
        Chat chat = askedByName("you explained the charity accounts for us last spring. Could you look at this "
                + "year's too?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }
}
