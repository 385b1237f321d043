package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole room asked to share, repost or boost the thing the message links to ("could you all repost this
 * <link>") asks for reach, a favour of attention like a follow or a star: the asker wants it spread to everyone's own
 * followers. Asking people to share something of theirs (notes, a lift) or to pass it to someone named is no such
 * favour. Said as one's first words to people one never answered or reacted to, it is an ask made without giving.
 */
class RoomAskedToPassItOnTest {
    private static final SelfPromotionDetector DETECTOR = new SelfPromotionDetector();

    private static boolean asks(String text) {
        return DETECTOR.analyse(text).engagementAsk();
    }

    @Test
    void theRoomAskedToSpreadTheLinkedThingIsAnAsk() {
        assertThat(asks("finally finished the zine!! could everyone have a read and repost it 🙏 "
                + "https://zines.example/tidepools")).isTrue();
        assertThat(asks("can you all boost this please https://social.example/@mirren/1188")).isTrue();
    }

    @Test
    void sharingSomethingOfTheirsOrWithSomeoneNamedIsNoAsk() {
        assertThat(asks("could everyone share their notes from the walk? https://docs.example/walk")).isFalse();
        assertThat(asks("can anyone share it with the venue manager? https://docs.example/floorplan")).isFalse();
        assertThat(asks("can everyone share a lift to the fair on saturday?")).isFalse();
    }

    @Test
    void aNewcomersFirstWordsAskingTheRoomToSpreadTheirThingAreTold() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.say("bo", "lounge", "morning, anyone else editing audio today?");
        chat.later(Duration.ofMinutes(20));
        chat.say("cy", "lounge", "all afternoon, send coffee");
        chat.later(Duration.ofDays(1));
        chat.say("ana", "lounge", "hi all, my knitting pattern book is out!! can everyone look it over and share it 🙏 "
                + "https://stitches.example/ana-book");
        chat.finish();
        assertThat(chat.findings(ONEWAY_ASKS)).isNotEmpty();
    }

    @Test
    void theSameAskFromSomeoneWhoHelpsThereIsNotTold() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        var question = chat.say("bo", "lounge", "how do you stop a cast-on edge from curling?");
        chat.later(Duration.ofMinutes(20));
        chat.reply("ana", "lounge", question, "bo", "knit the first four rows in garter, it lies flat after that");
        chat.later(Duration.ofDays(1));
        chat.say("ana", "lounge", "hi all, my knitting pattern book is out!! can everyone look it over and share it 🙏 "
                + "https://stitches.example/ana-book");
        chat.finish();
        assertThat(chat.findings(ONEWAY_ASKS)).isEmpty();
    }
}
