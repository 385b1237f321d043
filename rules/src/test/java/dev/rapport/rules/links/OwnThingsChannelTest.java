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
 * A channel made for posting one's own things (#loaf-wips, "photos of your bakes here", #fit-of-the-day) expects them with
 * their links: one's own bake posted there is what the room is for, not a link habit. The same posts in a general
 * room are one.
 */
class OwnThingsChannelTest {
    private static final ChannelInfo REPLAYS = new ChannelInfo("oven-door", "Photos of your bakes here, crumb shots welcome");
    private static final ChannelInfo LOUNGE = new ChannelInfo("lounge", "Anything goes.");
    private int id;

    private void post(Chat chat, ChannelInfo where, String text) {
        chat.later(Duration.ofHours(5));
        chat.feed(ChatMessage.builder().id("g" + id++).at(chat.now()).in(Chat.COMMUNITY, where.name())
                .channelInfo(where).by("ana").text(text).build());
    }

    private void week(Chat chat, ChannelInfo where) {
        post(chat, where, "rye with caraway, the crust finally crackled https://crumbs.example/p/k2mx");
        post(chat, where, "sunday focaccia, went a bit flat in the middle https://crumbs.example/p/p9wd");
        post(chat, where, "first open crumb with the new starter! https://crumbs.example/p/t4ra");
        post(chat, where, "this one overproofed while I was out https://crumbs.example/p/z8qe");
        post(chat, where, "lunchtime flatbreads, charred on the skillet https://crumbs.example/p/c5hy");
        post(chat, where, "a long cold-retarded batard from the weekend https://crumbs.example/p/w1nb");
        for (int i = 0; i < 4; i++) {
            post(chat, LOUNGE, i % 2 == 0 ? "rainy one here today, stay dry everyone" : "ha, same here honestly");
        }
        chat.finish();
    }

    @Test
    void onesOwnBakesPostedInAChannelForThemAreNotALinkHabit() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        week(chat, REPLAYS);
        assertThat(chat.findings(LINKS_SHARE)).isEmpty();
    }

    @Test
    void theSameBakesPostedInAGeneralRoomAreOne() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        week(chat, new ChannelInfo("club-chat", "Talk about anything"));
        assertThat(chat.findings(LINKS_SHARE)).isNotEmpty();
    }

    @Test
    void aRoomForPostingOnesOwnThingsIsToldByItsNameOrTopic() {
        assertThat(ChannelPurpose.ownPosts(new ChannelInfo("fit-of-the-day", ""))).isTrue();
        assertThat(ChannelPurpose.ownPosts(new ChannelInfo("ootd", ""))).isTrue();
        assertThat(ChannelPurpose.ownPosts(new ChannelInfo("knitting-wips", ""))).isTrue();
        assertThat(ChannelPurpose.ownPosts(new ChannelInfo("charity-shop-finds", ""))).isTrue();
        assertThat(ChannelPurpose.ownPosts(new ChannelInfo("show-your-knits", ""))).isTrue();
        assertThat(ChannelPurpose.ownPosts(new ChannelInfo("garden", "Photos of your own beds, post away"))).isTrue();
    }

    /** A topic says so: a posting verb and one's own things, or a clause headed by them. */
    @Test
    void aTopicInvitingOnesOwnThingsIsOne() {
        assertThat(ChannelPurpose.ownPosts(new ChannelInfo("thrifting", "drop your latest hauls here"))).isTrue();
        assertThat(ChannelPurpose.ownPosts(new ChannelInfo("beachcombing", "your finds + ID questions"))).isTrue();
        assertThat(ChannelPurpose.ownPosts(new ChannelInfo("quilting", "Post your wips, big or small"))).isTrue();
    }

    /** Asks, troubles and offers are not things shown: a topic asking for them makes no room for one's own posts. */
    @Test
    void aTopicAskingForQuestionsProblemsOrOffersIsNot() {
        assertThat(ChannelPurpose.ownPosts(new ChannelInfo("desk", "Post your questions, we answer daily"))).isFalse();
        assertThat(ChannelPurpose.ownPosts(new ChannelInfo("stall", "Tailors: drop your slots here"))).isFalse();
        assertThat(ChannelPurpose.ownPosts(new ChannelInfo("fixes", "post your sewing machine fault"))).isFalse();
        assertThat(ChannelPurpose.ownPosts(new ChannelInfo("lobby", "Say hi and share your day"))).isFalse();
    }

    @Test
    void aGeneralOrAskingRoomOrOneNamingSubjectsIsNot() {
        assertThat(ChannelPurpose.ownPosts(new ChannelInfo("wips-chat", ""))).isFalse();
        assertThat(ChannelPurpose.ownPosts(new ChannelInfo("finds-help", "Ask about your finds"))).isFalse();
        assertThat(ChannelPurpose.ownPosts(new ChannelInfo("finds-and-fakes", ""))).isFalse();
        assertThat(ChannelPurpose.ownPosts(new ChannelInfo("repair-desk", "Post pics of the fault"))).isFalse();
        assertThat(ChannelPurpose.ownPosts(new ChannelInfo("general", "Chat about anything"))).isFalse();
    }
}
