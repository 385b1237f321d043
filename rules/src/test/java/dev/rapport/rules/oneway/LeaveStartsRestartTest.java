package dev.rapport.rules.oneway;

import org.junit.jupiter.api.Test;

import static dev.rapport.rules.oneway.LookInDuringALeaveTest.answeredFirstThingBack;
import static dev.rapport.rules.oneway.LookInDuringALeaveTest.backAndChattingFirst;
import static dev.rapport.rules.oneway.LookInDuringALeaveTest.leaveWithALookIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Since session 41: the later day an announced leave begins is kept in the person's snapshot (version 10), so a
 * restart between the notice and that day changes nothing in {@link LookInDuringALeaveTest}'s leave. Before, the small
 * talk under the notice after such a restart ended it, and a question put to them during the leave was owed as if
 * they had never said they would be away.
 */
class LeaveStartsRestartTest {

    @Test
    void aWordBeforeTheLeaveAfterARestartStillLeavesTheNoticeStanding() {
        assertThat(answeredFirstThingBack(leaveWithALookIn(true)))
                .isEqualTo(answeredFirstThingBack(leaveWithALookIn(false)))
                .isEmpty();
    }

    @Test
    void backOnTheNamedDayAndWritingElsewhereTheQuestionIsStillOwedAfterARestart() {
        assertThat(backAndChattingFirst(leaveWithALookIn(true)))
                .isEqualTo(backAndChattingFirst(leaveWithALookIn(false)))
                .hasSize(1);
    }
}
