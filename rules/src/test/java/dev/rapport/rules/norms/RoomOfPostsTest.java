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
 * A room where posting to the room is what its people do, however few they are: the others there post to the room
 * too (or nobody else posts), and what is said to anyone there is a word under someone's post. Someone who talks with
 * people in other channels that week and posts their own things to such a room (a daily count, their results, their
 * photos) is no broadcaster, and their "I" there is the post's, not self-focus. The same posts to nobody in a room
 * where the others talk among themselves, or from someone who speaks to nobody anywhere, are still told. The channel's
 * name and topic here say nothing the coach knows: the people, not the words, decide.
 */
class RoomOfPostsTest {
    private static final ChannelInfo HIVES = ChannelInfo.of("hive-frames", "");
    private static final ChannelInfo YARD = ChannelInfo.of("the-yard", "");

    @Test
    void theChannelNameIsUnknownToTheCoach() {
        assertThat(ChannelPurpose.ownPosts(HIVES) || ChannelPurpose.listing(HIVES)
                || ChannelPurpose.announcements(HIVES)).isFalse();
    }

    /** One other keeper posts their own counts to the room, a few days before Ana's week; nobody talks there. */
    private static void oneOtherPostsCounts(Chat chat) {
        chat.sayIn(HIVES, "wren", "hive two: nine frames of brood, queen seen");
        chat.later(Duration.ofDays(1));
        chat.sayIn(HIVES, "wren", "hive three: seven frames, very calm today");
        chat.later(Duration.ofDays(2));
    }

    /** The others talk among themselves in the room: questions and replies to each other. */
    private static void othersTalkAmongThemselves(Chat chat) {
        for (int i = 0; i < 3; i++) {
            chat.mentionIn("wren", HIVES, "otto", "otto, did your swarm trap catch anything " + i + "?");
            chat.later(Duration.ofMinutes(10));
            chat.mentionIn("otto", HIVES, "wren", "not yet wren, I moved it to the hedge " + i);
            chat.later(Duration.ofHours(10));
        }
    }

    /**
     * Ana's week, the second one: ten counts of her own hives to the room, half a day apart, one of them praised; and,
     * if she talks with people, two words to them in another channel.
     */
    private static Chat anasWeek(Chat chat, boolean talksElsewhere) {
        chat.later(Duration.between(chat.now(), Chat.START.plus(Duration.ofDays(7))));
        for (int i = 0; i < 10; i++) {
            chat.later(Duration.ofHours(12));
            chat.sayIn(HIVES, "ana", "my hive " + (i % 3 + 1) + ": I counted " + (6 + i % 4)
                    + " frames of brood, my queen is laying well and I added a super to my strongest one");
            if (i == 4) {
                chat.later(Duration.ofMinutes(15));
                chat.sayIn(HIVES, "wren", "lovely numbers for April");
            }
        }
        if (talksElsewhere) {
            chat.mentionIn("ana", YARD, "bob", "bob, thanks for the loan of the extractor");
            chat.mentionIn("ana", YARD, "cleo", "cleo, are you coming to the apiary meeting on Thursday?");
        }
        return chat.finish();
    }

    @Test
    void ownPostsToARoomOfPostsFromSomeoneWhoTalksElsewhereAreNeitherBroadcastingNorSelfFocus() {
        Chat chat = Chat.coaching("ana");
        oneOtherPostsCounts(chat);
        anasWeek(chat, true);
        assertThat(chat.findings(ONEWAY_BROADCAST)).isEmpty();
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).isEmpty();
    }

    @Test
    void aRoomWhereNobodyElsePostsIsOneToo() {
        Chat chat = Chat.coaching("ana");
        chat.sayIn(YARD, "wren", "morning all");
        chat.later(Duration.ofDays(3));
        chat.sayIn(HIVES, "ana", "my first count: I have eight frames in my big hive");
        chat.later(Duration.ofDays(1));
        assertThat(anasWeek(chat, true).findings(ONEWAY_BROADCAST)).isEmpty();
    }

    @Test
    void theSamePostsWhereTheOthersTalkAmongThemselvesAreStillBroadcasting() {
        Chat chat = Chat.coaching("ana");
        oneOtherPostsCounts(chat);
        othersTalkAmongThemselves(chat);
        assertThat(anasWeek(chat, true).findings(ONEWAY_BROADCAST)).hasSize(1);
    }

    @Test
    void theSamePostsFromSomeoneWhoSpeaksToNobodyAnywhereAreStillBroadcastingAndSelfFocus() {
        Chat chat = Chat.coaching("ana");
        oneOtherPostsCounts(chat);
        anasWeek(chat, false);
        assertThat(chat.findings(ONEWAY_BROADCAST)).hasSize(1);
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).hasSize(1);
    }
}
