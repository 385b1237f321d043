package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.audience.AskedByNameScene.askedByName;
import static dev.rapport.rules.rule.RuleId.AUDIENCE_ADVOCATES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thing written for the writer, with when ("the programme you wrote us last autumn"), is work of those whose trade
 * is writing plans and programmes; the same job asked for again beside it ("same again this year?") is talk of pay, as
 * a booking offered is. Together, a client back for more, whose question left a day is a customer left waiting. A note
 * or a message written, with no job asked again, says nothing of buying.
 */
class ThingWrittenForUsAskedAgainTest {

    @Test
    void aThingWrittenForThemWithWhenBesideTheSameAskedAgainIsWorkPaidFor() {
        assertThat(BoughtBefore.paidWorkTold("the training programme you wrote us last autumn got the whole choir "
                + "through. Same again for the winter term, or would you change the breathing part?")).isTrue();
        assertThat(BoughtBefore.paidWorkTold("the schedule you wrote for me in March kept me sane. Same again?"))
                .isTrue();
    }

    @Test
    void aThingWrittenWithNoJobAskedAgainIsNot() {
        assertThat(BoughtBefore.paidWorkTold("the note you wrote us last week made everyone laugh. Are you coming "
                + "on Friday?")).isFalse();
        assertThat(BoughtBefore.paidWorkTold("the programme you wrote us last autumn was great. What did you think "
                + "of the concert?")).isFalse();
    }

    @Test
    void firesWhenTheClientWhoseProgrammeTheyWroteAsksForTheSameAgainAndHearsNothing() {
        Chat chat = askedByName("the training programme you wrote us last autumn got the whole choir through. Same "
                + "again for the winter term, or would you change the breathing part?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    @Test
    void staysQuietWhenTheSameProgrammeIsPraisedWithNoJobAskedAgain() {
        Chat chat = askedByName("the training programme you wrote us last autumn got the whole choir through. What "
                + "did you think of the concert?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }
}
