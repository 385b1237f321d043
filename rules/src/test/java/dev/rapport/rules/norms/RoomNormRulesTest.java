package dev.rapport.rules.norms;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.text.ChannelPurpose;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static dev.rapport.rules.rule.RuleId.ONEWAY_BROADCAST;
import static dev.rapport.rules.rule.RuleId.ONEWAY_SELF_FOCUS;
import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fair coach reads the room, not the channel's name: where most of a channel's regulars post to the room about
 * their own doings, or show their own work with its link, doing the same follows the room's convention. The channels
 * here have names the coach was never taught ({@link ChannelPurpose} knows none of them), so the norm, not the name,
 * is what quiets it; the same posts elsewhere, where only one or two people post that way, or with norms turned off,
 * are judged as before.
 */
class RoomNormRulesTest {
    /** Potters posting their firings, each to the room, and the others cheering them on. */
    private static final ChannelInfo FIRINGS = ChannelInfo.of("kiln-corner", "");
    /** Makers showing finished pieces with a link to them. */
    private static final ChannelInfo BENCH = ChannelInfo.of("the-bench", "");
    private static final ChannelInfo CHAT = ChannelInfo.of("general", "");
    private int id;

    private void post(Chat chat, ChannelInfo where, String who, String text) {
        chat.feed(ChatMessage.builder().id("n" + id++).at(chat.now()).in(Chat.COMMUNITY, where.name())
                .channelInfo(where).by(who).text(text).build());
    }

    /** The first week: each regular posts two firings to the room, hours apart, and one of the others replies. */
    private void regularsPostTheirFirings(Chat chat, String... regulars) {
        for (int round = 0; round < 2; round++) {
            for (String r : regulars) {
                chat.later(Duration.ofHours(6));
                post(chat, FIRINGS, r, "bisque load " + round + " came out clean, only one cracked lid");
                chat.later(Duration.ofMinutes(20));
                chat.mention("fan", FIRINGS.name(), r, "lovely, " + r + ", what cone was that?");
            }
        }
    }

    /** Kit and Lou talk among themselves in the room: a question, its answer and a word back, three times. */
    private static void regularsTalkAmongThemselves(Chat chat) {
        for (int i = 0; i < 3; i++) {
            chat.later(Duration.ofHours(3));
            chat.mention("kit", FIRINGS.name(), "lou", "lou, did the new shelf paper work " + i + "?");
            chat.later(Duration.ofMinutes(10));
            chat.mention("lou", FIRINGS.name(), "kit", "kit, yes, no more glaze drips " + i);
            chat.later(Duration.ofMinutes(10));
            chat.mention("kit", FIRINGS.name(), "lou", "lou, great, I will order some " + i);
        }
    }

    /** The next week: ten firings of one's own to the room, nine hours apart, and two words to people elsewhere. */
    private void anasWeekOfFirings(Chat chat, ChannelInfo where) {
        chat.later(Duration.ofDays(7));
        for (int i = 0; i < 10; i++) {
            chat.later(Duration.ofHours(9));
            post(chat, where, "ana", "I glazed my first set of bowls " + i + " and I think my new celadon finally "
                    + "works, my test tiles all came out the way I wanted, my notes say cone six");
        }
        chat.mention("ana", CHAT.name(), "bob", "bob, the new trimming tool is worth it");
        chat.mention("ana", CHAT.name(), "cleo", "cleo, see you at the studio on Sunday");
    }

    @Test
    void theChannelNamesHereAreUnknownToTheCoach() {
        for (ChannelInfo c : new ChannelInfo[] {FIRINGS, BENCH}) {
            assertThat(ChannelPurpose.ownPosts(c) || ChannelPurpose.promotion(c) || ChannelPurpose.feedback(c)
                    || ChannelPurpose.announcements(c) || ChannelPurpose.reading(c) || ChannelPurpose.introductions(c))
                    .as(c.name()).isFalse();
        }
    }

    // --- oneway.broadcast and oneway.self-focus ------------------------------------------------------------------

    @Test
    void postsToTheRoomWhereMostRegularsPostTheirOwnAreNotBroadcastingNorSelfFocus() {
        Chat chat = Chat.coaching("ana");
        regularsPostTheirFirings(chat, "kit", "lou", "mo", "ned");
        anasWeekOfFirings(chat, FIRINGS);
        chat.finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).isEmpty();
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).isEmpty();
    }

    @Test
    void theSamePostsInAChannelWhereNobodyPostsThatWayAreBroadcastingAndSelfFocus() {
        Chat chat = Chat.coaching("ana");
        regularsPostTheirFirings(chat, "kit", "lou", "mo", "ned");
        anasWeekOfFirings(chat, CHAT);
        chat.finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).hasSize(1);
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).hasSize(1);
    }

    /**
     * Two others posting their firings make no norm (it needs three), but since session 26 they make a room of posts
     * for someone who talks with people that week ({@code RoomOfPostsTest}): the fan's question under each firing is
     * the room answering a post, not talk among themselves, and Ana talks with Bob and Cleo. (Until session 25 this
     * expected the broadcast tip.)
     */
    @Test
    void twoOthersPostingThatWayMakeNoNormButARoomOfPostsForSomeoneWhoTalksWithPeople() {
        Chat chat = Chat.coaching("ana");
        regularsPostTheirFirings(chat, "kit", "lou");
        anasWeekOfFirings(chat, FIRINGS);
        chat.finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).isEmpty();
    }

    // --- looking back over the week: the others posted the same way after the person began ----------------------

    /**
     * A new channel's first week: Ana posts first and most, eleven doings of her own to the room half a day apart;
     * {@code others} post {@code othersSay} there (hours after her, into a quiet room) one after another from the
     * first day on, after she began, and she talks with people elsewhere.
     */
    private Chat anaOpensANewChannelAndOthersFollow(ChannelInfo othersWhere, String othersSay, String... others) {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 11; i++) {
            post(chat, FIRINGS, "ana", "glaze firing " + i + " done, my celadon test tiles came out even");
            chat.later(Duration.ofHours(6));
            if (i % 3 == 1 && i / 3 < others.length) {
                post(chat, othersWhere, others[i / 3], othersSay);
            }
            chat.later(Duration.ofHours(7));
        }
        chat.mention("ana", CHAT.name(), "bob", "bob, the new trimming tool is worth it");
        chat.mention("ana", CHAT.name(), "cleo", "cleo, see you at the studio on Sunday");
        chat.finish();
        return chat;
    }

    private static final String RAKU = "raku night went well, two pots survived the smoke";

    @Test
    void postsToTheRoomInAWeekWhenTheOthersThereAlsoPostedTheirOwnFollowedTheRoomThoughTheyCameFirst() {
        Chat chat = anaOpensANewChannelAndOthersFollow(FIRINGS, RAKU, "kit", "lou", "mo");
        assertThat(chat.findings(ONEWAY_BROADCAST)).isEmpty();
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).isEmpty();
    }

    /**
     * A room where the others talk among themselves (a question, its answer, a word back) is no room of posts
     * ({@code RoomOfPostsTest}): Ana, though she talks with Bob, is still told.
     */
    @Test
    void theSameWeekIsBroadcastingWhenTheOthersTalkAmongThemselvesInTheRoom() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 3; i++) {
            chat.mention("kit", FIRINGS.name(), "lou", "lou, did the new shelf paper work " + i + "?");
            chat.later(Duration.ofMinutes(10));
            chat.mention("lou", FIRINGS.name(), "kit", "kit, yes, no more glaze drips " + i);
            chat.later(Duration.ofHours(2));
        }
        for (int i = 0; i < 11; i++) {
            post(chat, FIRINGS, "ana", "glaze firing " + i + " done, my celadon test tiles came out even");
            chat.later(Duration.ofHours(13));
        }
        chat.mention("ana", CHAT.name(), "bob", "bob, the new trimming tool is worth it");
        chat.finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).hasSize(1);
    }

    /**
     * Since session 39: {@code firings} of Ana's own to a new room that Kit, Lou and Mo then post their own to the same
     * way (excused only at the week's end, looking back) and {@code news} of her own to nobody in the general chat,
     * hours apart, with nobody spoken to all week.
     */
    private Chat firingsFollowedAndNews(int firings, int news) {
        Chat chat = Chat.coaching("ana");
        String[] others = {"kit", "lou", "mo"};
        for (int i = 0; i < firings; i++) {
            post(chat, FIRINGS, "ana", "glaze firing " + i + " done, my celadon test tiles came out even");
            chat.later(Duration.ofHours(2));
            if (i < others.length) {
                post(chat, FIRINGS, others[i], RAKU);
            }
            chat.later(Duration.ofHours(3));
        }
        for (int i = 0; i < news; i++) {
            chat.later(Duration.ofHours(4));
            post(chat, CHAT, "ana", "I finally booked my stall at the spring fair, my table plan is done, part " + i);
        }
        chat.finish();
        return chat;
    }

    /**
     * Three posts that followed their room, looked back on, are still turns of her week, as posts excused at once are:
     * eleven turns are judged, and eight of eight to nobody.
     */
    @Test
    void postsFollowingTheRoomLookedBackOnStillCountAmongTheWeeksTurns() {
        assertThat(firingsFollowedAndNews(3, 8).findings(ONEWAY_BROADCAST)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("share-percent")).isEqualTo(100));
    }

    /** A week mostly of such posts, with three to nobody besides, is judged by those three alone: too few. */
    @Test
    void aWeekMostlyOfPostsFollowingTheRoomIsJudgedByTheRestAlone() {
        assertThat(firingsFollowedAndNews(8, 3).findings(ONEWAY_BROADCAST)).isEmpty();
    }

    /** Ana's week of firings in {@code where}, each naming the kiln. */
    private void anasWeekOfKilnPosts(Chat chat, ChannelInfo where) {
        chat.later(Duration.ofDays(7));
        for (int i = 0; i < 10; i++) {
            chat.later(Duration.ofHours(9));
            post(chat, where, "ana", "kiln report " + i + ": I fired my bowls to cone six and my celadon works");
        }
        chat.mention("ana", CHAT.name(), "bob", "bob, the new trimming tool is worth it");
    }

    private void anasWeekOfKilnPosts(Chat chat) {
        anasWeekOfKilnPosts(chat, FIRINGS);
    }

    /**
     * Posts that echo a channel named for posts of a kind ({@code #kiln-loads}: loads, in the plural) are what it is
     * for ({@code text/ChannelEcho}) where nobody says otherwise.
     */
    @Test
    void postsThatEchoAChannelNamedForThemAreWhatItIsForInAQuietRoom() {
        Chat chat = Chat.coaching("ana");
        regularsPostTheirFirings(chat, "kit", "lou");
        anasWeekOfKilnPosts(chat, ChannelInfo.of("kiln-loads", ""));
        chat.finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).isEmpty();
    }

    /**
     * A channel named for its subject ({@code #kiln-corner}: the kiln) is a place to talk about it: a week of one's
     * own firings told to the room names the kiln in every line and is still told to nobody. (Its regulars also talk
     * among themselves there, so it is no room of posts either: {@code RoomOfPostsTest}.)
     */
    @Test
    void postsThatEchoAChannelNamedForItsSubjectAreStillBroadcasting() {
        Chat chat = Chat.coaching("ana");
        regularsPostTheirFirings(chat, "kit", "lou");
        regularsTalkAmongThemselves(chat);
        anasWeekOfKilnPosts(chat);
        chat.finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).hasSize(1);
    }

    /** Where the regulars ask the room things, it is a place to talk about kilns: naming them is talk like any other. */
    @Test
    void whereTheRegularsAskTheRoomPostsThatEchoItsNameAreStillBroadcasting() {
        Chat chat = Chat.coaching("ana");
        regularsPostTheirFirings(chat, "kit", "lou");
        for (String r : new String[] {"kit", "lou"}) {
            chat.later(Duration.ofHours(3));
            post(chat, FIRINGS, r, "anyone know where I can get cheap kiln shelves?");
        }
        anasWeekOfKilnPosts(chat);
        chat.finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).hasSize(1);
    }

    /** Ana's own kiln posts with their link, twice, on the channel's first days. */
    private void anaPlugsHerKilnPostsEarly(Chat chat) {
        chat.later(Duration.ofHours(4));
        post(chat, FIRINGS, "ana", "[promo] my kiln opening today, every mug from the wood firing https://ana.example/wood");
        chat.later(Duration.ofHours(20));
        post(chat, FIRINGS, "ana", "[promo] the rest of my kiln load is up https://ana.example/wood-2");
    }

    /**
     * Taking the echo's licence away needs no week of watching: two of the others asking the room things on its first
     * day already show it is a place to talk about kilns, and one's own plugs there count as anywhere.
     */
    @Test
    void twoOthersAskingTheRoomOnItsFirstDayAlreadyMakeItAPlaceToTalk() {
        Chat chat = Chat.coaching("ana");
        for (String r : new String[] {"kit", "lou"}) {
            chat.later(Duration.ofHours(1));
            post(chat, FIRINGS, r, "where do u all get kiln shelves that dont warp??");
        }
        anaPlugsHerKilnPostsEarly(chat);
        assertThat(chat.findings(PROMO_SELF)).hasSize(1);
    }

    /** The same posts on the first days of a room where the others only post their own firings: the echo's licence. */
    @Test
    void theSamePostsInARoomWhereNobodyAsksAnythingKeepTheEchosLicence() {
        Chat chat = Chat.coaching("ana");
        for (String r : new String[] {"kit", "lou"}) {
            chat.later(Duration.ofHours(1));
            post(chat, FIRINGS, r, "kiln unloaded, two cracked lids but the shinos are lovely");
        }
        anaPlugsHerKilnPostsEarly(chat);
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void withRoomNormsTurnedOffTheChannelIsJudgedByItsNameOnly() {
        Chat chat = Chat.builder("ana").roomNorms(RoomNormSettings.OFF).build();
        regularsPostTheirFirings(chat, "kit", "lou", "mo", "ned");
        anasWeekOfFirings(chat, FIRINGS);
        chat.finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).hasSize(1);
    }

    // --- promo.self and links.repeat ----------------------------------------------------------------------------

    /** The first week: each regular shows two finished pieces of their own with a link, hours apart. */
    private void regularsShowTheirWork(Chat chat, String... regulars) {
        for (int round = 0; round < 2; round++) {
            for (String r : regulars) {
                chat.later(Duration.ofHours(6));
                post(chat, BENCH, r, "finished my walnut stool " + round + ", photos here https://" + r
                        + ".example/stool-" + round);
            }
        }
    }

    /** The next week: three of one's own pieces, each with its own page, on three days. */
    private void anaShowsHerWork(Chat chat, ChannelInfo where) {
        chat.later(Duration.ofDays(7));
        for (int i = 0; i < 3; i++) {
            chat.later(Duration.ofDays(1));
            post(chat, where, "ana", "[promo] my new serving board " + i + " is done https://ana.example/board-" + i);
        }
    }

    @Test
    void showingOnesOwnWorkWhereMostRegularsShowTheirsIsNotSelfPromotion() {
        Chat chat = Chat.coaching("ana");
        regularsShowTheirWork(chat, "kit", "lou", "mo");
        anaShowsHerWork(chat, BENCH);
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void theSameWorkShownInAnOrdinaryChannelIsSelfPromotion() {
        Chat chat = Chat.coaching("ana");
        regularsShowTheirWork(chat, "kit", "lou", "mo");
        anaShowsHerWork(chat, CHAT);
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }

    /** A spammy channel: two people dumping their links again and again is no licence for anyone else. */
    @Test
    void twoPeopleDumpingTheirLinksMakeNoLicence() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 8; i++) {
            regularsShowTheirWork(chat, "spam1", "spam2");
        }
        anaShowsHerWork(chat, BENCH);
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }

    @Test
    void anAskToFollowIsStillAnAskWhereTheRoomShowsWork() {
        Chat chat = Chat.coaching("ana");
        regularsShowTheirWork(chat, "kit", "lou", "mo");
        chat.later(Duration.ofDays(7));
        for (int i = 0; i < 3; i++) {
            chat.later(Duration.ofDays(1));
            post(chat, BENCH, "ana", "[ask] please follow my board shop " + i + ", every follow helps https://ana.example/shop/"
                    + i);
        }
        chat.finish();
        assertThat(chat.findings(ONEWAY_ASKS)).isNotEmpty();
    }

    @Test
    void theSameLinkIntoSeveralChannelsIsStillARepeat() {
        Chat chat = Chat.coaching("ana");
        regularsShowTheirWork(chat, "kit", "lou", "mo");
        chat.later(Duration.ofDays(7));
        post(chat, BENCH, "ana", "my new serving board is done https://ana.example/board");
        chat.later(Duration.ofMinutes(5));
        post(chat, CHAT, "ana", "my new serving board is done https://ana.example/board");
        chat.later(Duration.ofMinutes(5));
        post(chat, ChannelInfo.of("off-topic", ""), "ana", "my new serving board is done https://ana.example/board");
        chat.finish();
        assertThat(chat.findings(LINKS_REPEAT)).isNotEmpty();
    }
}
