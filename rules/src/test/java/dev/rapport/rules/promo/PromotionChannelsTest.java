package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.text.ChannelPurpose;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A channel whose name or topic says promotion is welcome there (a showcase, self-promotion, a marketplace) is one,
 * configured or not: posting one's work where the community asked for it is not pushing it on people.
 */
class PromotionChannelsTest {

    private static void post(Chat chat, ChannelInfo where, String text) {
        chat.later(Duration.ofMinutes(1));
        chat.feed(ChatMessage.builder().id("m-" + where.name() + chat.now().getEpochSecond()).at(chat.now())
                .in(Chat.COMMUNITY, where.name()).channelInfo(where).by("ana").text(text).build());
    }

    @Test
    void channelsNamedOrDescribedForPromotionAreKnown() {
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("showcase", ""))).isTrue();
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("🎨-self-promo", ""))).isTrue();
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("shameless-plugs", ""))).isTrue();
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("share-your-work", ""))).isTrue();
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("for-sale", ""))).isTrue();
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("lounge", "Promote your shop and projects here"))).isTrue();
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("for-hire", ""))).isTrue();
        for (String showcase : new String[]{"🖼┃gallery", "show-off", "showoff", "shill-zone"}) {
            assertThat(ChannelPurpose.promotion(ChannelInfo.of(showcase, ""))).as(showcase).isTrue();
        }
        // A portfolio review asks for critique: a plug riding on one's reviews there is still a plug.
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("portfolio-review", ""))).isFalse();
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("gigs", ""))).isTrue();
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("general", "Chat about anything"))).isFalse();
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("shop-talk", "Running a small shop"))).isFalse();
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("leads", ""))).isFalse();
        // Work posted for critique, or partners sought, is not an invitation to sell there.
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("feedback-and-critique", ""))).isFalse();
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("collabs", ""))).isFalse();
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("help-desk", "Ask for feedback on errors here"))).isFalse();
        assertThat(ChannelPurpose.promotion(ChannelInfo.UNKNOWN)).isFalse();
    }

    /** A channel for offering work or goods goes by many names; each is one for trade, and so welcomes the offer. */
    @Test
    void channelsForTradeAreKnownInTheirOtherNames() {
        for (String trade : new String[]{"job-board", "📋┃job-postings", "freelancers", "looking-for-work",
                "available_for_work", "offer-your-services", "buy-and-sell", "buy-sell-trade", "wts-wtb",
                "commission-info"}) {
            assertThat(ChannelPurpose.trade(ChannelInfo.of(trade, ""))).as(trade).isTrue();
            assertThat(ChannelPurpose.promotion(ChannelInfo.of(trade, ""))).as(trade).isTrue();
        }
        // Talk about the trade, or a job done, is not a place to offer one's work.
        for (String talk : new String[]{"job-done", "selling-tips", "work-chat", "services-status", "homework-help"}) {
            assertThat(ChannelPurpose.trade(ChannelInfo.of(talk, ""))).as(talk).isFalse();
        }
    }

    /** The room one says hello in goes by other names too; a room for chat that says hi is still a chat. */
    @Test
    void introductionRoomsAreKnownInTheirOtherNames() {
        for (String intro : new String[]{"👋┃hello", "hellos", "howdy", "whoami", "introduce-yourself"}) {
            assertThat(ChannelPurpose.introductions(ChannelInfo.of(intro, ""))).as(intro).isTrue();
        }
        for (String chat : new String[]{"chit-chat", "hi-fi", "shell-scripts"}) {
            assertThat(ChannelPurpose.introductions(ChannelInfo.of(chat, ""))).as(chat).isFalse();
        }
    }

    @Test
    void promotionInAnOrdinaryChannelIsCoached() {
        Chat chat = Chat.coaching("ana");
        ChannelInfo general = ChannelInfo.of("general", "Chat about anything");
        post(chat, general, "[promo] my new candles are out");
        chat.later(Duration.ofHours(1));
        post(chat, general, "[promo] my candles, 10% off");
        assertThat(chat.findings(PROMO_SELF)).hasSize(1);
    }

    @Test
    void promotionInAChannelNamedForItIsNot() {
        Chat chat = Chat.coaching("ana");
        ChannelInfo showcase = ChannelInfo.of("self-promo", "");
        post(chat, showcase, "[promo] my new candles are out");
        post(chat, showcase, "[promo] my candles, 10% off");
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void channelsForAnnouncingStreamsAreShowcasesForStreams() {
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("go-live", ""))).isTrue();
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("🔴-live-now", ""))).isTrue();
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("now-live", ""))).isTrue();
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("stream-announcements", ""))).isTrue();
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("streams", ""))).isTrue();
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("whos-live", ""))).isTrue();
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("lounge", "Drop a line when you go live"))).isTrue();
        // Talking about the craft of streaming is not announcing one's streams.
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("streaming", "Gear, overlays, growth"))).isFalse();
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("stream-setup", ""))).isFalse();
        assertThat(ChannelPurpose.promotion(ChannelInfo.of("live-music", ""))).isFalse();
    }

    @Test
    void theSameStreamLinkEachTimeOneGoesLiveInTheChannelForItIsNotARepeat() {
        Chat chat = Chat.coaching("ana");
        ChannelInfo live = ChannelInfo.of("live-now", "");
        for (String game : new String[] {"a cozy farming sim", "a roguelike run", "the farming sim again"}) {
            chat.later(Duration.ofDays(1));
            post(chat, live, "On air with " + game + ", drop by https://stream.example/ana");
        }
        chat.finish();
        assertThat(chat.findings(dev.rapport.rules.rule.RuleId.LINKS_REPEAT)).isEmpty();
    }

    @Test
    void theSameStreamLinkEachDayInTheGeneralChatIsARepeat() {
        Chat chat = Chat.coaching("ana");
        ChannelInfo general = ChannelInfo.of("general", "");
        for (String game : new String[] {"a cozy farming sim", "a roguelike run", "the farming sim again"}) {
            chat.later(Duration.ofDays(1));
            post(chat, general, "On air with " + game + ", drop by https://stream.example/ana");
        }
        chat.finish();
        assertThat(chat.findings(dev.rapport.rules.rule.RuleId.LINKS_REPEAT)).isNotEmpty();
    }

    private static final String[] NOTICES = {"The spring market signups are open, register here: https://makers.example.org/market",
            "Reminder: the Friday show-and-tell starts at 6pm, join us in the voice channel",
            "Server rules were updated, please read them: https://makers.example.org/rules",
            "Vote in our logo poll! https://makers.example.org/poll",
            "The workshop recording is up: https://makers.example.org/rec/12",
            "Maintenance tonight, the bot will be down for an hour",
            "Our newsletter is out, subscribe here: https://makers.example.org/news",
            "Thanks everyone for a great market day, photos in the gallery",
            "Next week a guest talk on pricing your work, RSVP https://makers.example.org/rsvp",
            "Welcome to the May season, the schedule is on the wiki https://makers.example.org/may"};

    @Test
    void announcementChannelsAreKnownByName() {
        assertThat(ChannelPurpose.announcements(ChannelInfo.of("📢-announcements", ""))).isTrue();
        assertThat(ChannelPurpose.announcements(ChannelInfo.of("server-news", ""))).isTrue();
        assertThat(ChannelPurpose.announcements(ChannelInfo.of("events", ""))).isTrue();
        assertThat(ChannelPurpose.announcements(ChannelInfo.of("general", "Chat about anything"))).isFalse();
        assertThat(ChannelPurpose.announcements(ChannelInfo.of("newsletter-tips", ""))).isFalse();
    }

    /**
     * A name that also says people ask or talk there is a room about the news, not the notice board: its posts are
     * questions and talk, judged as anywhere. The board itself keeps its name in any style.
     */
    @Test
    void aNameThatAsksOrTalksAboutTheNewsIsNoNoticeBoard() {
        for (String room : new String[]{"rules-questions", "❓┃rules-questions", "news-discussion", "updates_chat",
                "event-help", "events-q-and-a", "patch-notes-feedback", "update-suggestions"}) {
            assertThat(ChannelPurpose.announcements(ChannelInfo.of(room, ""))).as(room).isFalse();
        }
        for (String board : new String[]{"📜┃rules", "server-rules", "🗞-news", "patch-updates", "upcoming-events"}) {
            assertThat(ChannelPurpose.announcements(ChannelInfo.of(board, ""))).as(board).isTrue();
        }
    }

    /** The same plug twice in a channel for questions about the rules is coached; on the notice board it is not. */
    @Test
    void promotionInAChannelForQuestionsAboutTheRulesIsCoached() {
        Chat chat = Chat.coaching("ana");
        post(chat, ChannelInfo.of("🎲-rules-questions", "ask about the rules"), "[promo] my dice tower plans are out");
        chat.later(Duration.ofHours(5));
        post(chat, ChannelInfo.of("🎲-rules-questions", "ask about the rules"), "[promo] my dice tower plans, 20% off");
        assertThat(chat.findings(PROMO_SELF)).hasSize(1);

        Chat board = Chat.coaching("ana");
        post(board, ChannelInfo.of("🎲-rules", ""), "[promo] my dice tower plans are out");
        board.later(Duration.ofHours(5));
        post(board, ChannelInfo.of("🎲-rules", ""), "[promo] my dice tower plans, 20% off");
        assertThat(board.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void aWeekOfNoticesToTheRoomInAnOrdinaryChannelIsCoached() {
        Chat chat = Chat.coaching("ana");
        for (String notice : NOTICES) {
            chat.later(Duration.ofHours(3));
            post(chat, ChannelInfo.of("general", ""), notice);
        }
        chat.finish();
        assertThat(chat.findingsFor("ana")).isNotEmpty();
    }

    @Test
    void theSameNoticesInTheAnnouncementsChannelAreTheJob() {
        Chat chat = Chat.coaching("ana");
        for (String notice : NOTICES) {
            chat.later(Duration.ofHours(3));
            post(chat, ChannelInfo.of("announcements", ""), notice);
        }
        chat.finish();
        assertThat(chat.findingsFor("ana")).isEmpty();
    }

    /**
     * A name that lists its subjects with "and" is a room about them: one subject a kind of work makes it talk about
     * that work (events among it), not the notice board; a list of notices only is still the board.
     */
    @Test
    void aNameThatListsAnotherSubjectBesideEventsIsARoomAboutThem() {
        assertThat(ChannelPurpose.announcements(ChannelInfo.of("cakes-and-events", ""))).isFalse();
        assertThat(ChannelPurpose.announcements(ChannelInfo.of("gigs-and-events", ""))).isFalse();
        assertThat(ChannelPurpose.announcements(ChannelInfo.of("news-and-events", ""))).isTrue();
        assertThat(ChannelPurpose.announcements(ChannelInfo.of("updates-and-releases", ""))).isTrue();
    }

    /** One's priced workshop pushed into several rooms in one sitting: a room about a kind of work is no notice board. */
    @Test
    void aPricedWorkshopPushedIntoTwoTalkRoomsIsSelfPromotion() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.say("ana", "cakes-and-events", "Still places on my sugar flower workshops this Saturday, £40: "
                + "https://anabakes.example/workshops");
        chat.later(Duration.ofMinutes(3));
        chat.say("ana", "pricing-and-business", "Sugar flower workshop, few places left → https://anabakes.example/workshops");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }

    @Test
    void thePricedWorkshopPostedOnceInTheEventsNoticeBoardIsNotPromotion() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.say("ana", "news-and-events", "Still places on my sugar flower workshops this Saturday, £40: "
                + "https://anabakes.example/workshops");
        chat.later(Duration.ofMinutes(3));
        chat.say("ana", "pricing-and-business", "how does everyone price a two-tier cake these days?");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }
}
