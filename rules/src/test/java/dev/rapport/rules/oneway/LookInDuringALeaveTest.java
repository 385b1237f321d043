package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.finding.Finding;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who said they will be on leave from a later day until a named one, out of reach ("sailing with no signal"),
 * is away from the day the leave begins: a word of small talk under the notice before leaving does not end it, a word
 * from a bar of signal during the leave is a look-in, not the return, and a question put to them meanwhile waits for
 * their first word after the day they named. Back on that day and writing elsewhere, they owe it as anyone back does.
 */
class LookInDuringALeaveTest {

    /** Said on the chat's first day, a Monday (the 5th): the leave runs from the Wednesday, back on Friday the 16th. */
    private static final String NOTICE = "quick note, I'm on leave Wed 7th to Thu 15th, sailing round the islands with "
            + "no signal. I'm back on the 16th, anything urgent ask Jo";

    private static Chat leaveWithALookIn() {
        return leaveWithALookIn(false);
    }

    /** The same, with the process restarted right after the notice, before the leave begins (LeaveStartsRestartTest). */
    static Chat leaveWithALookIn(boolean restartAfterTheNotice) {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "lounge", NOTICE);
        if (restartAfterTheNotice) {
            chat.restart();
        }
        chat.later(Duration.ofMinutes(20)).say("cal", "lounge", "lucky you, which islands?");
        chat.later(Duration.ofMinutes(10)).say("ana", "lounge", "the outer ones, if the weather plays nice");
        // Friday the 9th, during the leave.
        chat.later(Duration.ofDays(4)).mention("bo", "orders", "ana", "you glazed our mugs last spring, could you "
                + "quote for another forty?");
        // Sunday the 11th, from a harbour wall.
        chat.later(Duration.ofDays(2)).say("ana", "lounge", "(one bar on the harbour wall) does anyone know if resin "
                + "cures in the cold?");
        return chat;
    }

    @Test
    void staysQuietWhenTheFirstWordAfterTheNamedDayAnswers() {
        assertThat(answeredFirstThingBack(leaveWithALookIn())).isEmpty();
    }

    @Test
    void firesWhenBackOnTheNamedDayTheQuestionStillWaitsADay() {
        assertThat(backAndChattingFirst(leaveWithALookIn())).hasSize(1);
    }

    /** Sunday the 18th: nothing since the look-in, and the first word back answers. */
    static List<Finding> answeredFirstThingBack(Chat chat) {
        chat.later(Duration.ofDays(7)).mention("ana", "orders", "bo", "sorry for the delay, just home! happy to quote "
                + "for your mugs, same glaze as before?");
        chat.later(Duration.ofDays(2));
        return chat.finish().findings(ONEWAY_UNANSWERED);
    }

    /** Friday the 16th, back as promised, chatting elsewhere; the answer comes only on the Sunday. */
    static List<Finding> backAndChattingFirst(Chat chat) {
        chat.later(Duration.ofDays(5)).say("ana", "lounge", "home and dry, the boat survived. what did I miss?");
        chat.later(Duration.ofDays(2)).mention("ana", "orders", "bo", "sorry, happy to quote for the mugs, same "
                + "glaze as before?");
        chat.later(Duration.ofDays(2));
        return chat.finish().findings(ONEWAY_UNANSWERED);
    }
}
