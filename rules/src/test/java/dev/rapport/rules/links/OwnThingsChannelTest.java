package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.text.ChannelPurpose;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import static dev.rapport.rules.rule.RuleId.LINKS_SHARE;
import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A channel made for posting one's own things (#puzzle-replays, "post your games here", #fit-of-the-day) expects
 * them with their links: one's own run or game posted there is what the room is for, not a link habit. The same
 * posts in a general room are one.
 */
class OwnThingsChannelTest {
    private static final ChannelInfo REPLAYS = new ChannelInfo("replays", "Post your games here, get eyes on them");
    private static final ChannelInfo LOUNGE = new ChannelInfo("lounge", "Anything goes.");
    private int id;

    private void post(Chat chat, ChannelInfo where, String text) {
        chat.later(Duration.ofHours(5));
        chat.feed(ChatMessage.builder().id("g" + id++).at(chat.now()).in(Chat.COMMUNITY, where.name())
                .channelInfo(where).by("ana").text(text).build());
    }

    private void week(Chat chat, ChannelInfo where) {
        post(chat, where, "tonight's blitz, flagged the queen early and still held https://boards.example/g/k2mx");
        post(chat, where, "sunday rapid, the endgame was a mess https://boards.example/g/p9wd");
        post(chat, where, "first win with the dutch! https://boards.example/g/t4ra");
        post(chat, where, "this one went sideways after move twelve https://boards.example/g/z8qe");
        post(chat, where, "lunchtime bullet, lost on time again https://boards.example/g/c5hy");
        post(chat, where, "a long classical game from the club ladder https://boards.example/g/w1nb");
        for (int i = 0; i < 4; i++) {
            post(chat, LOUNGE, i % 2 == 0 ? "rainy one here today, stay dry everyone" : "ha, same here honestly");
        }
        chat.finish();
    }

    @Test
    void onesOwnGamesPostedInAChannelForThemAreNotALinkHabit() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        week(chat, REPLAYS);
        assertThat(chat.findings(LINKS_SHARE)).isEmpty();
    }

    @Test
    void theSameGamesPostedInAGeneralRoomAreOne() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        week(chat, new ChannelInfo("club-chat", "Talk about anything"));
        assertThat(chat.findings(LINKS_SHARE)).isNotEmpty();
    }

    @Test
    void aRoomForPostingOnesOwnThingsIsToldByItsNameOrTopic() {
        assertThat(ChannelPurpose.ownPosts(new ChannelInfo("fit-of-the-day", ""))).isTrue();
        assertThat(ChannelPurpose.ownPosts(new ChannelInfo("boulder-sends", ""))).isTrue();
        assertThat(ChannelPurpose.ownPosts(new ChannelInfo("pota-spots", ""))).isTrue();
        assertThat(ChannelPurpose.ownPosts(new ChannelInfo("deep-sky", "your captures and processing questions")))
                .isTrue();
        assertThat(ChannelPurpose.ownPosts(new ChannelInfo("show-your-knits", ""))).isTrue();
        assertThat(ChannelPurpose.ownPosts(new ChannelInfo("garden", "Photos of your own beds, post away"))).isTrue();
        assertThat(ChannelPurpose.ownPosts(new ChannelInfo("crag", "Share your sends and PBs"))).isTrue();
    }

    @Test
    void aGeneralOrAskingRoomOrOneNamingSubjectsIsNot() {
        assertThat(ChannelPurpose.ownPosts(new ChannelInfo("sends-chat", ""))).isFalse();
        assertThat(ChannelPurpose.ownPosts(new ChannelInfo("spots-help", "Ask about your spots"))).isFalse();
        assertThat(ChannelPurpose.ownPosts(new ChannelInfo("camps-and-spots", ""))).isFalse();
        assertThat(ChannelPurpose.ownPosts(new ChannelInfo("repair-desk", "Post pics of the fault"))).isFalse();
        assertThat(ChannelPurpose.ownPosts(new ChannelInfo("general", "Chat about anything"))).isFalse();
    }
}
