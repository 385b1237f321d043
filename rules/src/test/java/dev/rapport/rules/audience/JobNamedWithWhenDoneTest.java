package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_ADVOCATES;
import static dev.rapport.rules.audience.AskedByNameScene.askedByName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job named, then the one spoken to, a verb of work in the past and when it was done ("the boiler you serviced last
 * winter", "the gutters you cleared in March"), told to them about the thing now, is their work on it; it names no owner,
 * so it is read only beside talk of pay, as the other shapes of work told are. Calling them out to the job ("just call
 * you out?", "a call-out fee") is such talk: a tradesperson's visit is paid time. Together, a returning client.
 */
class JobNamedWithWhenDoneTest {

    @Test
    void aJobNamedWithWhenTheyDidItBesideACallOutIsWorkPaidFor() {
        assertThat(BoughtBefore.paidWorkTold("the boiler you serviced last winter is knocking again. Should I bleed the "
                + "radiators first or just call you out?")).isTrue();
        assertThat(BoughtBefore.paidWorkTold("hi, the gutters you cleared in March are blocked again. What's your "
                + "call-out fee?")).isTrue();
    }

    @Test
    void theSameJobWithNoPayTalkedOrACallOutThatCriticisesIsNot() {
        assertThat(BoughtBefore.paidWorkTold("the boiler you serviced last winter is knocking again. Should I bleed the "
                + "radiators first?")).isFalse();
        assertThat(BoughtBefore.paidWorkTold("the boiler you serviced last winter is fine, I'm calling you out on the "
                + "noise though")).isFalse();
        assertThat(BoughtBefore.paidWorkTold("the video you posted last week, before calling you out?")).isFalse();
    }

    @Test
    void firesWhenTheClientWhoseJobTheyNamedAsksBeforeCallingThemOutAndHearsNothing() {
        Chat chat = askedByName("the boiler you serviced last winter is knocking again. Should I bleed the "
                + "radiators first or just call you out?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    @Test
    void staysQuietWhenTheSameJobIsNamedWithNoPayTalked() {
        Chat chat = askedByName("the boiler you serviced last winter is knocking again. Should I bleed the "
                + "radiators first?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }
}
