package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A link told as repeated one week and posted twice or more again the next is the same habit carried on, that
 * week's own tip, though the first week's posts have slid out of the window; one more post, or two posts of a link
 * never told, is not.
 */
class RepeatCarriedIntoTheNextWeekTest {
    private static final String LINK = "https://quilts.example.org/patterns";

    /** Monday 09:00 of the chat's first week; Wednesday three rooms in an afternoon. */
    private static Chat toldOnWednesday() {
        Chat chat = Chat.coaching("ana");
        chat.later(Duration.ofDays(2));
        chat.say("ana", "general", "the autumn block patterns are up " + LINK);
        chat.later(Duration.ofHours(3));
        chat.say("ana", "crafts", "autumn patterns here " + LINK);
        chat.later(Duration.ofHours(3));
        chat.say("ana", "beginners", "for anyone starting out " + LINK);
        assertThat(chat.findings(LINKS_REPEAT)).hasSize(1);
        return chat;
    }

    @Test
    void twoMorePostsTheNextWeekAreThatWeeksTip() {
        Chat chat = toldOnWednesday();
        chat.later(Duration.ofDays(6)); // Tuesday of the next week
        chat.say("ana", "crafts", "still plenty of autumn blocks " + LINK);
        chat.later(Duration.ofDays(2)); // Thursday: the first week's posts are more than 7 days old
        chat.say("ana", "general", "last few days of the autumn set " + LINK);
        assertThat(chat.findings(LINKS_REPEAT)).hasSize(2);
        assertThat(chat.findings(LINKS_REPEAT).get(1).tip().seen()).contains("2 more times this week");
    }

    @Test
    void oneMorePostTheNextWeekIsNotToldAgain() {
        Chat chat = toldOnWednesday();
        chat.later(Duration.ofDays(6));
        chat.say("ana", "crafts", "still plenty of autumn blocks " + LINK);
        chat.later(Duration.ofDays(2));
        chat.say("ana", "general", "anyone tried the new batting from the market?");
        assertThat(chat.findings(LINKS_REPEAT)).hasSize(1);
    }

    @Test
    void twoMorePostsInOneRoomTheNextWeekAreNotToldAgain() {
        Chat chat = toldOnWednesday();
        chat.later(Duration.ofDays(6));
        chat.say("ana", "general", "still plenty of autumn blocks " + LINK);
        chat.later(Duration.ofDays(2));
        chat.say("ana", "general", "last few days of the autumn set " + LINK);
        assertThat(chat.findings(LINKS_REPEAT)).hasSize(1);
    }

    @Test
    void twoPostsOfALinkNeverToldStayQuiet() {
        Chat chat = Chat.coaching("ana");
        chat.later(Duration.ofDays(2));
        chat.say("ana", "general", "the autumn block patterns are up " + LINK);
        chat.later(Duration.ofDays(6));
        chat.say("ana", "crafts", "still plenty of autumn blocks " + LINK);
        chat.later(Duration.ofDays(2));
        chat.say("ana", "general", "last few days of the autumn set " + LINK);
        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
    }
}
