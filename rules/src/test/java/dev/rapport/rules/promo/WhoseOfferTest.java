package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.text.ChannelEcho;
import dev.rapport.rules.text.CommunityCause;
import dev.rapport.rules.text.FavourNamed;
import dev.rapport.rules.text.RoomPointer;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What self-promotion is not, and what it still is: a line pointing to one's listing in its room is not the offer made
 * again, though the price restated is; the group's own evening sold to its members is the group's; a
 * reminder of an ask is the ask, which the ask tip names; and one's own videos are promotion in a room whose topic calls
 * it the community's main room, whose name a post may echo without being the room's kind of post.
 */
class WhoseOfferTest {

    private static final ChannelInfo CAMP = ChannelInfo.of("campfire", "trip reports and banter");
    private static final ChannelInfo KIT = ChannelInfo.of("kit-exchange", "sell or trade your used kit here");

    private static Chat chat() {
        return Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
    }

    @Test
    void aListingAndALinePointingToItsRoomIsOneOffer() {
        Chat chat = chat();
        chat.sayIn(KIT, "ana", "selling my two-person tent, used four nights, poles perfect. £90 or near offer. "
                + "pictures: https://photoshelf.example/ana/tent");
        chat.later(Duration.ofDays(3));
        chat.sayIn(CAMP, "ana", "my old tent is still for sale if anyone's starting out, it's in #kit-exchange");
        chat.finish();

        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void aListingAndTheOfferMadeAgainInChatWithItsPriceAreTwo() {
        Chat chat = chat();
        chat.sayIn(KIT, "ana", "selling my two-person tent, used four nights, poles perfect. £90 or near offer. "
                + "pictures: https://photoshelf.example/ana/tent");
        chat.later(Duration.ofDays(3));
        chat.sayIn(CAMP, "ana", "my old tent is still for sale if anyone's starting out, £90 or near offer");
        chat.finish();

        assertThat(chat.findings(PROMO_SELF)).hasSize(1);
    }

    @Test
    void aPointerNamesARoomAndAHashtagDoesNot() {
        assertThat(RoomPointer.names("the saddle is still up, it's in #trade")).isTrue();
        assertThat(RoomPointer.names("details over in #for-sale, ask me anything")).isTrue();
        assertThat(RoomPointer.names("new candles are up #handmade #smallbatch")).isFalse();
        assertThat(RoomPointer.names("the saddle is still up, ask me")).isFalse();
    }

    @Test
    void theGroupsOwnEveningSoldToItsMembersIsNotTheWritersPromotion() {
        Chat chat = chat();
        chat.sayIn(CAMP, "ana", "Society summer ball, Fri 12 June at the boathouse, buffet and a band, £28 a head: "
                + "https://fellwalkers.example/ball");
        chat.later(Duration.ofDays(3));
        chat.sayIn(CAMP, "ana", "only 15 ball tickets left, then we close the list: https://fellwalkers.example/ball");
        chat.finish();

        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void onesOwnPricedEveningPostedTwiceIsPromotion() {
        Chat chat = chat();
        chat.sayIn(CAMP, "ana", "My map and compass evening course, Thu 11 June at the scout hut, £28 a head: "
                + "https://anasnavigation.example/evening");
        chat.later(Duration.ofDays(3));
        chat.sayIn(CAMP, "ana", "only 4 places left on the course, then I close the list: "
                + "https://anasnavigation.example/evening");
        chat.finish();

        assertThat(chat.findings(PROMO_SELF)).hasSize(1);
    }

    @Test
    void aReminderToVoteWithTheAsksLinkIsTheAskAgainNotPromotionBesides() {
        Chat chat = chat();
        chat.say("bo", "general", "morning all, frost on the tent again");
        chat.later(Duration.ofHours(1));
        chat.say("ana", "general", "hi everyone! my sunrise shot made the shortlist of the county photo prize, please "
                + "vote for my entry here 🙏 https://countyphotoprize.example/entries/57");
        chat.later(Duration.ofDays(1));
        chat.say("ana", "routes", "if anyone hasn't voted yet, it closes on Sunday! "
                + "https://countyphotoprize.example/entries/57");
        chat.finish();

        assertThat(chat.findings(ONEWAY_ASKS)).isNotEmpty();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void theAsksLinkPushedAgainWithoutAskingIsPromotionOfItsOwn() {
        Chat chat = chat();
        chat.say("bo", "general", "morning all, frost on the tent again");
        chat.later(Duration.ofHours(1));
        chat.say("ana", "general", "hi everyone! my sunrise shot made the shortlist of the county photo prize, please "
                + "vote for my entry here 🙏 https://countyphotoprize.example/entries/57");
        chat.later(Duration.ofDays(1));
        chat.say("ana", "routes", "my entry is still in the running, the shortlist closes Sunday! "
                + "https://countyphotoprize.example/entries/57");
        chat.finish();

        assertThat(chat.findings(ONEWAY_ASKS)).isNotEmpty();
        assertThat(chat.findings(PROMO_SELF)).hasSize(1);
    }

    @Test
    void videosOfOnesChannelInTheMainRoomArePromotionThoughTheyEchoItsName() {
        ChannelInfo main = ChannelInfo.of("paddle-along", "the main room, all boats, all levels");
        Chat chat = chat();
        chat.sayIn(main, "ana", "new video is up: forward stroke basics, on my channel now "
                + "https://youtube.example/@anapaddles/forward-stroke");
        chat.later(Duration.ofDays(3));
        chat.sayIn(main, "ana", "new video is up: the paddle grip in 4 minutes, on my channel now "
                + "https://youtube.example/@anapaddles/paddle-grip");
        chat.finish();

        assertThat(chat.findings(PROMO_SELF)).hasSize(1);
    }

    @Test
    void aTopicCallingTheRoomTheMainOneTakesItsLicenceAndNoOtherTopicDoes() {
        assertThat(ChannelEcho.of(ChannelInfo.of("paddle-along", "the main room, all boats, all levels")).licenses())
                .isFalse();
        assertThat(ChannelEcho.of(ChannelInfo.of("the-slipway", "general chat for everyone")).licenses()).isFalse();
        assertThat(ChannelEcho.of(ChannelInfo.of("paddle-videos", "post your paddling videos")).licenses()).isTrue();
        assertThat(ChannelEcho.of(ChannelInfo.of("paddle-along", "the main event is the river")).licenses()).isTrue();
    }

    @Test
    void anOccasionIsTheGroupsWhenTheGroupNamesItAndNotWhenTheWriterClaimsIt() {
        assertThat(CommunityCause.groupEvent("annual club dinner, £30 a head, book here")).isTrue();
        assertThat(CommunityCause.groupEvent("members' quiz night, £5 on the door")).isTrue();
        assertThat(CommunityCause.groupEvent("my club dinner talk, £30 a head")).isFalse();
        assertThat(CommunityCause.groupEvent("I'm running the club workshop, £40")).isFalse();
        assertThat(CommunityCause.groupEvent("evening course, £28 a head, book here")).isFalse();
    }

    @Test
    void aFavourIsNamedInAnyFormOfItsVerb() {
        assertThat(FavourNamed.in("if anyone hasn't voted yet, it closes Sunday")).isTrue();
        assertThat(FavourNamed.in("thanks for all the follows so far")).isTrue();
        assertThat(FavourNamed.in("shared it yet? every share helps")).isTrue();
        assertThat(FavourNamed.in("it closes on Sunday, last chance")).isFalse();
        assertThat(FavourNamed.in("I'd like the rates for the hut")).isFalse();
    }
}
