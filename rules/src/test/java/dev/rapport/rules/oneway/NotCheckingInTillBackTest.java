package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.finding.Finding;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who said they are away and will not be checking in until a named day has said their messages go unread
 * until then: a short post of theirs meanwhile is a look-in, not the return, and a question put to them after it
 * waits for the day they named, as one put before it does. Back on that day, they owe it as anyone back does.
 */
class NotCheckingInTillBackTest {

    /** Said on the chat's first day, a Monday (the 5th): back on Thursday the 8th. */
    private static final String NOTICE = "Off to the county show and then my sister's. Back on Thursday; I "
            + "won't be checking messages before that.";

    /** The notice, a look-in on the Tuesday, and a question put to her after it. */
    private static Chat awayWithALookIn() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "workbench", NOTICE);
        chat.later(Duration.ofDays(1)).say("cal", "workbench", "finished the walnut carcass, drawers next");
        chat.later(Duration.ofMinutes(30)).say("ana", "workbench", "lovely figure on that walnut");
        chat.later(Duration.ofHours(1)).mention("bo", "orders", "ana", "is the little oak settle still for sale?");
        return chat;
    }

    @Test
    void staysQuietWhenTheFirstWordOnTheNamedDayAnswers() {
        Chat chat = awayWithALookIn();
        // Thursday morning.
        chat.later(Duration.ofHours(43)).mention("ana", "orders", "bo", "so sorry, home now! that settle went at the "
                + "show, I could build you a new one by March");
        chat.later(Duration.ofDays(2));
        assertThat(findings(chat)).isEmpty();
    }

    @Test
    void firesWhenBackOnTheNamedDayTheQuestionStillWaitsTwoDays() {
        Chat chat = awayWithALookIn();
        chat.later(Duration.ofHours(43)).say("ana", "workbench", "back, and the show was mobbed. what did I miss?");
        chat.later(Duration.ofDays(2)).mention("ana", "orders", "bo", "sorry, that settle went at the show, I could "
                + "build you a new one by March");
        chat.later(Duration.ofDays(2));
        assertThat(findings(chat)).hasSize(1);
    }

    private static List<Finding> findings(Chat chat) {
        return chat.finish().findings(ONEWAY_UNANSWERED);
    }
}
