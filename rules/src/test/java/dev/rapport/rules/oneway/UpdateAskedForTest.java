package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.text.UpdateAsked;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_SELF_FOCUS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * News of one's own told to the room because people asked for it, and said so ("since people asked, ..."), is the
 * report they wanted: its "I" and "my" are the answer, not talk about oneself unasked. The same news told unasked
 * still counts.
 */
class UpdateAskedForTest {
    private static final String NEWS = "the house move is nearly done. I packed my kitchen on Monday and I hated "
            + "every minute, my back still aches and I think we need two more days before I can sit down";

    private static void week(Chat chat, String opening) {
        for (int i = 0; i < 6; i++) {
            chat.later(Duration.ofHours(20));
            chat.say("ana", "lounge", opening + NEWS);
        }
        chat.finish();
    }

    @Test
    void staysQuietForNewsOfOnesOwnToldBecausePeopleAskedForIt() {
        Chat chat = Chat.coaching("ana");
        week(chat, "since a few of you asked, ");
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).isEmpty();
    }

    @Test
    void firesForTheSameNewsToldWithNobodyHavingAsked() {
        Chat chat = Chat.coaching("ana");
        week(chat, "quick one, ");
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).hasSize(1);
    }

    @Test
    void theReasonMustOpenTheReportAndSayOthersAsked() {
        assertThat(UpdateAsked.in("for those who asked: the scan came back clear")).isTrue();
        assertThat(UpdateAsked.in("as requested, how the first week went")).isTrue();
        assertThat(UpdateAsked.in("since I asked the landlord, nothing has happened")).isFalse();
        assertThat(UpdateAsked.in("I spent all week on the shed roof and the gutters and the fence and then I "
                + "finally sat down, since people asked")).isFalse();
    }
}
