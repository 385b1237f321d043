package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_ADVOCATES;
import static dev.rapport.rules.audience.AskedByNameScene.askedByName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asking someone for their price for "the same as last year" says they did the job for the writer then: a client
 * back for a repeat job, as work told beside a price asked is.
 */
class SameJobAsBeforeTest {

    @Test
    void theSameJobAsBeforeAskedWithItsPriceIsARepeatJob() {
        assertThat(BoughtBefore.repeatJob("the committee agreed to the same as last season. Could you send us a quote "
                + "by the 20th?")).isTrue();
        assertThat(BoughtBefore.repeatJob("same two cleans as last time please, what would that cost?")).isTrue();
    }

    @Test
    void aPlanLikeLastWeeksOrAPriceAloneIsNoRepeatJob() {
        assertThat(BoughtBefore.repeatJob("same time as last week? how much is parking there?")).isFalse();
        assertThat(BoughtBefore.repeatJob("could you send us a quote for the porch roof?")).isFalse();
        assertThat(BoughtBefore.repeatJob("we're doing the same as last year for the fete, can you bring cake?"))
                .isFalse();
    }

    @Test
    void firesWhenSomeoneAskingThePriceOfTheSameJobAsLastYearHearsNothing() {
        Chat chat = askedByName("the committee agreed to the same as last season, April to June. Could you send us a "
                + "quote by the 20th?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    @Test
    void staysQuietWhenTheSameAsLastYearIsAskedWithNoPrice() {
        Chat chat = askedByName("the committee agreed to the same as last season for the fete. Could you bring the "
                + "bunting?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }
}
