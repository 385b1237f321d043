package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.ONEWAY_BROADCAST;
import static org.assertj.core.api.Assertions.assertThat;

class BroadcastRuleTest {

    @Test
    void firesWhenNearlyEveryMessageAddressesNobody() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 10; i++) {
            chat.say("ana", "general", "Big news from my studio, part " + i);
        }
        chat.mention("ana", "general", "bob", "thanks bob");
        chat.finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("share-percent")).isEqualTo(91));
    }

    @Test
    void staysQuietWhenHalfTheMessagesAreConversations() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 6; i++) {
            chat.say("ana", "general", "an update " + i);
            chat.mention("ana", "general", "bob", "what do you think, bob?");
        }
        chat.finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).isEmpty();
    }

    /** Lines sent within the same minute continue one turn: a pasted listing is one message to the room, not ten. */
    @Test
    void staysQuietForAListingPastedLineByLine() {
        Chat chat = Chat.coaching("ana");
        chat.mention("ana", "help", "bob", "here is what the disk tool says");
        java.time.Instant pasted = chat.now().plusSeconds(30);
        for (int i = 0; i < 10; i++) {
            chat.feed(dev.rapport.rules.model.ChatMessage.builder().id("paste" + i).at(pasted.plusSeconds(i))
                    .in(Chat.COMMUNITY, "help").by("ana").text("/dev/sda" + i + "  2048  409600  83 Linux").build());
        }
        chat.finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).isEmpty();
        assertThat(chat.report("ana").stats().messages()).as("every line is still a message in the numbers").isEqualTo(11);
    }

    /** Continuation is about lines in one go: the same announcements a minute or more apart are turns of their own. */
    @Test
    void firesForTheSameLinesSentAsSeparateAnnouncements() {
        Chat chat = Chat.coaching("ana");
        chat.mention("ana", "help", "bob", "here is what the disk tool says");
        for (int i = 0; i < 10; i++) {
            chat.say("ana", "help", "/dev/sda" + i + "  2048  409600  83 Linux");
        }
        chat.finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).hasSize(1);
    }

    /**
     * After asking the room for help, an error typed out line by line is one request, even a minute a line and with
     * other people talking in between.
     */
    @Test
    void staysQuietForAnErrorTypedOutLineByLineAfterAskingForHelp() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "help", "my laptop stops at boot with an error, it says:");
        for (int i = 0; i < 10; i++) {
            chat.later(java.time.Duration.ofMinutes(1));
            chat.say("p" + i, "help", "unrelated chatter " + i);
            chat.say("ana", "help", "line " + i + " of the message on screen: waiting for device " + i);
        }
        chat.finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).isEmpty();
    }

    /** The same lines, with no request for help before them, are separate announcements. */
    @Test
    void firesForTheSameLinesWithoutARequestBeforeThem() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "help", "my laptop shows this at boot:");
        for (int i = 0; i < 10; i++) {
            chat.later(java.time.Duration.ofMinutes(1));
            chat.say("p" + i, "help", "unrelated chatter " + i);
            chat.say("ana", "help", "line " + i + " of the message on screen: waiting for device " + i);
        }
        chat.finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).hasSize(1);
    }

    // --- small rooms: a line that takes a turn is said to the others, a post between silences is not ----------

    /** Two coaches talk in a channel only three people use; the room is known to be small after their exchange. */
    private static void twoCoachesTalk(Chat chat) {
        for (int i = 0; i < 10; i++) {
            chat.say(i % 2 == 0 ? "rory" : "tess", "general", "client check-ins are easier on a form, point " + i);
        }
    }

    /**
     * The third member posts about her own training every few hours, to nobody, while the other two talk only now
     * and then: a run of posts of one's own, hours apart, speaks to nobody in particular, however small the room.
     */
    @Test
    void firesForPostsHoursApartIntoASmallRoomThatTakeNoOnesTurn() {
        Chat chat = Chat.coaching("uma");
        twoCoachesTalk(chat);
        for (int i = 0; i < 11; i++) {
            chat.later(java.time.Duration.ofHours(5));
            chat.say("uma", "general", "early session done, my squat felt strong today, day " + i);
        }
        chat.finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("broadcast")).isEqualTo(10));
    }

    /**
     * A slow conversation in the same small room: each line answers the other's last one, an hour or more later,
     * without the reply button. Taking turns is talking to the other, however slow the turns.
     */
    @Test
    void staysQuietForASlowConversationTakingTurnsInASmallRoom() {
        Chat chat = Chat.coaching("uma");
        twoCoachesTalk(chat);
        for (int i = 0; i < 11; i++) {
            chat.later(java.time.Duration.ofHours(2));
            chat.say("tess", "general", "how do you program deloads for beginners, round " + i + "?");
            chat.later(java.time.Duration.ofHours(3));
            chat.say("uma", "general", "when the bar slows down for a week, not on a calendar, round " + i);
        }
        chat.finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).isEmpty();
    }
}
