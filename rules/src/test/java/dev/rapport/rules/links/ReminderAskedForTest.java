package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who asks, under a post of one's link, to be reminded of it or told when it comes ("could you drop me a line
 * when the kiln sale opens?") asks for the next post of it: that reminder, in the room where they asked, is the favour
 * done and not one more push, so the announcement, the reminder and the opening make no repeat. The same three posts
 * with nobody asking are the link pushed three times in a week, and a fourth beyond the reminder still is.
 */
class ReminderAskedForTest {
    private static final String LINK = "https://tamsin-pots.example/kiln-sale";
    private static final ChannelInfo POPUPS = ChannelInfo.of("pop-ups", "launches, open studios and where to find us");

    @Test
    void theReminderSomeoneAskedForIsNotOneMorePush() {
        Chat chat = Chat.coaching("tamsin", "rowan");
        MessageId sale = chat.sayIn("tamsin", POPUPS, "seconds from the spring firing go up on Friday at noon: " + LINK);
        chat.later(Duration.ofMinutes(25));
        chat.replyIn(POPUPS, "rowan", sale, "tamsin", "could you drop me a line when the sale starts? I missed the mugs last time");
        chat.later(Duration.ofMinutes(5));
        chat.sayIn("tamsin", POPUPS, "sure thing Rowan");
        chat.later(Duration.ofDays(3));
        chat.sayIn("tamsin", POPUPS, "as asked, the seconds go up tomorrow at noon: " + LINK);
        chat.later(Duration.ofDays(1));
        chat.sayIn("tamsin", POPUPS, "open now: " + LINK);

        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
    }

    @Test
    void theSamePostsWithNobodyAskingAreARepeat() {
        Chat chat = Chat.coaching("tamsin", "rowan");
        MessageId sale = chat.sayIn("tamsin", POPUPS, "seconds from the spring firing go up on Friday at noon: " + LINK);
        chat.later(Duration.ofMinutes(25));
        chat.replyIn(POPUPS, "rowan", sale, "tamsin", "those speckled glazes are gorgeous, how do you get that finish?");
        chat.later(Duration.ofDays(3));
        chat.sayIn("tamsin", POPUPS, "the seconds go up tomorrow at noon: " + LINK);
        chat.later(Duration.ofDays(1));
        chat.sayIn("tamsin", POPUPS, "open now: " + LINK);

        assertThat(chat.findings(LINKS_REPEAT)).hasSize(1);
    }

    @Test
    void postsBeyondTheOneReminderStillCount() {
        Chat chat = Chat.coaching("tamsin", "rowan");
        MessageId sale = chat.sayIn("tamsin", POPUPS, "seconds from the spring firing go up on Friday at noon: " + LINK);
        chat.later(Duration.ofMinutes(25));
        chat.replyIn(POPUPS, "rowan", sale, "tamsin", "could you drop me a line when the sale starts? I missed the mugs last time");
        chat.later(Duration.ofDays(3));
        chat.sayIn("tamsin", POPUPS, "as asked, the seconds go up tomorrow at noon: " + LINK);
        chat.later(Duration.ofDays(1));
        chat.sayIn("tamsin", POPUPS, "open now: " + LINK);
        chat.later(Duration.ofHours(6));
        chat.sayIn("tamsin", POPUPS, "still plenty of bowls left: " + LINK);

        assertThat(chat.findings(LINKS_REPEAT)).hasSize(1);
    }

    /** Tamsin announces the sale with its link: the week's first post of it. */
    private static Chat announced(String... others) {
        String[] people = new String[others.length + 1];
        people[0] = "tamsin";
        System.arraycopy(others, 0, people, 1, others.length);
        Chat chat = Chat.coaching(people);
        chat.sayIn("tamsin", POPUPS, "seconds from the spring firing go up on Friday at noon: " + LINK);
        return chat;
    }

    /** Days later the reminder with the link, a day after that the opening with it: its second and third posts. */
    private static Chat remindsThenOpens(Chat chat) {
        chat.later(Duration.ofDays(3));
        chat.sayIn("tamsin", POPUPS, "as promised, the seconds go up tomorrow at noon: " + LINK);
        chat.later(Duration.ofDays(1));
        chat.sayIn("tamsin", POPUPS, "open now: " + LINK);
        return chat;
    }

    @Test
    void aReminderAskedByNameRightAfterThePostWithoutTheReplyLinkIsAskedUnderIt() {
        Chat chat = announced("rowan");
        chat.later(Duration.ofMinutes(10));
        chat.sayIn("rowan", POPUPS, "yay Tamsin!! remind us nearer the day please, my aunt wants a bowl");

        assertThat(remindsThenOpens(chat).findings(LINKS_REPEAT)).isEmpty();
    }

    @Test
    void theSameRequestADayAfterThePostIsNotAskedUnderIt() {
        Chat chat = announced("rowan");
        chat.later(Duration.ofDays(1));
        chat.sayIn("rowan", POPUPS, "Tamsin, remind us when your next class starts?");

        assertThat(remindsThenOpens(chat).findings(LINKS_REPEAT)).hasSize(1);
    }

    @Test
    void aReminderAskedWithAMentionAndNoReplyLinkRightAfterThePostIsAskedUnderIt() {
        Chat chat = announced("rowan");
        chat.later(Duration.ofMinutes(20));
        chat.mentionIn("rowan", POPUPS, "tamsin", "@tamsin could you drop me a line when the sale starts?");

        assertThat(remindsThenOpens(chat).findings(LINKS_REPEAT)).isEmpty();
    }

    @Test
    void aRequestToTheRoomAfterSomeoneElsesWordIsNotAskedUnderThePost() {
        Chat chat = announced("rowan", "wren");
        chat.later(Duration.ofMinutes(5));
        chat.sayIn("wren", POPUPS, "our open studio is on the 14th, doors at ten");
        chat.later(Duration.ofMinutes(5));
        chat.sayIn("rowan", POPUPS, "oh nice, remind us nearer the time!");

        assertThat(remindsThenOpens(chat).findings(LINKS_REPEAT)).hasSize(1);
    }
}
