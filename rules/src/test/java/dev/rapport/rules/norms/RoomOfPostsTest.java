package dev.rapport.rules.norms;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.text.ChannelPurpose;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_BROADCAST;
import static dev.rapport.rules.rule.RuleId.ONEWAY_SELF_FOCUS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A room of posts, however few use it: the others there post to the room the same way (their own counts, scores,
 * notes), and what is said to anyone there is a word right under someone's post, not talk among themselves. Someone
 * who talks with people that week and posts their own things to such a room is no broadcaster, and their "I" there
 * is the post's, not self-focus. The same posts are still told in a room nobody else posts to, where the others talk
 * among themselves or ask the room things, in a room named for talk, with links, or from someone who speaks to nobody
 * anywhere. The channels' names and topics here say nothing the coach knows ({@link ChannelPurpose}): the people, not
 * the words, decide.
 */
class RoomOfPostsTest {
    private static final ChannelInfo HIVES = ChannelInfo.of("buzz-box", "");
    private static final ChannelInfo YARD = ChannelInfo.of("the-yard", "");
    private static final ChannelInfo GENERAL = ChannelInfo.of("general", "");

    @Test
    void theChannelNameIsUnknownToTheCoach() {
        assertThat(ChannelPurpose.ownPosts(HIVES) || ChannelPurpose.listing(HIVES)
                || ChannelPurpose.announcements(HIVES) || ChannelPurpose.forTalk(HIVES)).isFalse();
        assertThat(ChannelPurpose.forTalk(GENERAL)).isTrue();
    }

    /** Another keeper posts her own counts to {@code where}, days before Ana's week; nobody talks there. */
    private static void oneOtherPostsCounts(Chat chat, ChannelInfo where) {
        chat.sayIn(where, "wren", "hive two: nine frames of brood, queen seen");
        chat.later(Duration.ofDays(1));
        chat.sayIn(where, "wren", "hive three: seven frames, very calm today");
        chat.later(Duration.ofDays(2));
    }

    /** The others talk among themselves in the room: a question, an answer, and an answer back. */
    private static void othersTalkAmongThemselves(Chat chat) {
        for (int i = 0; i < 3; i++) {
            chat.mentionIn("wren", HIVES, "otto", "otto, did your swarm trap catch anything " + i + "?");
            chat.later(Duration.ofMinutes(10));
            chat.mentionIn("otto", HIVES, "wren", "not yet wren, I moved it to the hedge " + i);
            chat.later(Duration.ofMinutes(10));
            chat.mentionIn("wren", HIVES, "otto", "otto, good plan, the hedge gets the morning sun " + i);
            chat.later(Duration.ofHours(10));
        }
    }

    /**
     * Ana's week, the second one: ten counts of her own hives to {@code where}, 13 hours apart, one of them answered
     * by a question a few minutes later; and, if she talks with people, two words to them in another channel.
     */
    private static Chat anasWeek(Chat chat, ChannelInfo where, boolean talksElsewhere) {
        chat.later(Duration.between(chat.now(), Chat.START.plus(Duration.ofDays(7))));
        for (int i = 0; i < 10; i++) {
            chat.later(Duration.ofHours(13));
            chat.sayIn(where, "ana", "my hive " + (i % 3 + 1) + ": I counted " + (6 + i % 4)
                    + " frames of brood, my queen is laying well and I added a super to my strongest one");
            if (i == 4) {
                chat.later(Duration.ofMinutes(10));
                chat.sayIn(where, "wren", "lovely numbers for April, which super did you use?");
            }
        }
        if (talksElsewhere) {
            chat.mentionIn("ana", YARD, "bob", "bob, thanks for the loan of the extractor");
            chat.mentionIn("ana", YARD, "cleo", "cleo, are you coming to the apiary meeting on Thursday?");
        }
        return chat.finish();
    }

    @Test
    void ownPostsToARoomOfPostsFromSomeoneWhoTalksWithPeopleAreNeitherBroadcastingNorSelfFocus() {
        Chat chat = Chat.coaching("ana");
        oneOtherPostsCounts(chat, HIVES);
        anasWeek(chat, HIVES, true);
        assertThat(chat.findings(ONEWAY_BROADCAST)).isEmpty();
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).isEmpty();
    }

    /** A room only one person posts to is where a broadcaster posts: a word of praise under a post makes no room. */
    @Test
    void aRoomNobodyElsePostsToIsNoRoomOfPosts() {
        Chat chat = Chat.coaching("ana");
        chat.sayIn(YARD, "wren", "morning all");
        chat.later(Duration.ofDays(3));
        chat.sayIn(HIVES, "ana", "my first count: I have eight frames in my big hive");
        chat.later(Duration.ofDays(1));
        anasWeek(chat, HIVES, true);
        assertThat(chat.findings(ONEWAY_BROADCAST)).hasSize(1);
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).hasSize(1);
    }

    @Test
    void theSamePostsWhereTheOthersTalkAmongThemselvesAreStillBroadcasting() {
        Chat chat = Chat.coaching("ana");
        oneOtherPostsCounts(chat, HIVES);
        othersTalkAmongThemselves(chat);
        assertThat(anasWeek(chat, HIVES, true).findings(ONEWAY_BROADCAST)).hasSize(1);
    }

    /** Two of the others asking the room things make it a place to talk, as for a room's norm. */
    @Test
    void theSamePostsWhereTheOthersAskTheRoomAreStillBroadcasting() {
        Chat chat = Chat.coaching("ana");
        oneOtherPostsCounts(chat, HIVES);
        chat.sayIn(HIVES, "otto", "does anyone here treat for mites in spring?");
        chat.later(Duration.ofHours(5));
        chat.sayIn(HIVES, "pia", "where do you all buy your foundation sheets?");
        assertThat(anasWeek(chat, HIVES, true).findings(ONEWAY_BROADCAST)).hasSize(1);
    }

    /** The server's #general is a room for talk by its name, whatever its people did that week. */
    @Test
    void theSamePostsInARoomNamedForTalkAreStillBroadcasting() {
        Chat chat = Chat.coaching("ana");
        oneOtherPostsCounts(chat, GENERAL);
        assertThat(anasWeek(chat, GENERAL, true).findings(ONEWAY_BROADCAST)).hasSize(1);
    }

    /** Links dropped to the room (a shop, a page) are no posts of a room of posts: they have their own rules. */
    @Test
    void othersPostingLinksMakeNoRoomOfPosts() {
        Chat chat = Chat.coaching("ana");
        chat.sayIn(HIVES, "wren", "spring stock is in https://wrenhoney.example/shop");
        chat.later(Duration.ofDays(1));
        chat.sayIn(HIVES, "wren", "new jars listed https://wrenhoney.example/jars");
        chat.later(Duration.ofDays(2));
        assertThat(anasWeek(chat, HIVES, true).findings(ONEWAY_BROADCAST)).hasSize(1);
    }

    @Test
    void theSamePostsFromSomeoneWhoSpeaksToNobodyAnywhereAreStillBroadcastingAndSelfFocus() {
        Chat chat = Chat.coaching("ana");
        oneOtherPostsCounts(chat, HIVES);
        anasWeek(chat, HIVES, false);
        assertThat(chat.findings(ONEWAY_BROADCAST)).hasSize(1);
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).hasSize(1);
    }

    // A restart in the middle of such a week: RoomOfPostsRestartTest (since session 40, the room is kept).
}
