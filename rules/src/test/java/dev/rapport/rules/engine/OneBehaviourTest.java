package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.RuleId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static dev.rapport.rules.rule.RuleId.LINKS_BURST;
import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/** One behaviour, one tip over a week: the promotion family's tips about the same messages become one. */
class OneBehaviourTest {

    private static List<RuleId> weekTips(Chat chat, String user) {
        return chat.engine().findingsOf(UserId.of(user)).stream().filter(Finding::actionable).map(Finding::rule)
                .distinct().collect(Collectors.toList());
    }

    @Test
    void asksOfPeopleWithTheSameLinkAreTheAskNotAlsoARepeatOrAPromotion() {
        Chat chat = Chat.coaching("kim");
        MessageId lamp = chat.say("ola", "show-and-tell", "finished the walnut lamp, sanded for ages");
        chat.reply("kim", "show-and-tell", lamp, "ola", "[ask] neat, now look at my puzzle box too https://kimwood.example/box");
        chat.later(Duration.ofHours(5));
        MessageId stool = chat.say("pat", "show-and-tell", "my first three-legged stool!");
        chat.reply("kim", "show-and-tell", stool, "pat", "[ask] go see my puzzle box as well https://kimwood.example/box");
        chat.later(Duration.ofHours(2));
        MessageId shelf = chat.say("ola", "general", "anyone else oiling shelves this weekend");
        chat.reply("kim", "general", shelf, "ola", "[ask] and my puzzle box, once more https://kimwood.example/box");

        assertThat(weekTips(chat, "kim")).containsExactly(ONEWAY_ASKS);
    }

    @Test
    void theSameOfferPushedToTheRoomOnThreeDaysIsTwoHabitsAndBothTipsStand() {
        Chat chat = Chat.coaching("kim");
        chat.say("kim", "general", "[promo] puzzle boxes restocked, 10% off https://kimwood.example/box");
        chat.later(Duration.ofDays(1));
        chat.say("kim", "general", "[promo] only four puzzle boxes left https://kimwood.example/box");
        chat.later(Duration.ofDays(1));
        chat.say("kim", "general", "[promo] last weekend for 10% off https://kimwood.example/box");

        assertThat(weekTips(chat, "kim")).containsExactlyInAnyOrder(PROMO_SELF, LINKS_REPEAT);
    }

    @Test
    void aBurstThatTheRepeatAlreadyNamesIsNotToldAgain() {
        Chat chat = Chat.coaching("lia");
        for (String channel : List.of("general", "events", "parents", "garden")) {
            chat.say("lia", channel, "street party on saturday https://streetparty.example/june");
        }

        assertThat(weekTips(chat, "lia")).containsExactly(LINKS_REPEAT);
    }

    @Test
    void aBurstOfDifferentLinksIsStillTheBurstTip() {
        Chat chat = Chat.coaching("lia");
        for (String page : List.of("one", "two", "three", "four")) {
            chat.say("lia", "general", "https://liaprints.example/" + page);
        }

        assertThat(weekTips(chat, "lia")).contains(LINKS_BURST);
    }

    @Test
    void asksThatScatterTheSameLinkOverThreeChannelsAreTheAskAndTheRepeat() {
        Chat chat = kimAsksInThreeChannels("ola");

        assertThat(weekTips(chat, "kim")).containsExactlyInAnyOrder(ONEWAY_ASKS, LINKS_REPEAT);
    }

    @Test
    void theRepeatIsSeenEvenWhenItsThirdChannelIsAnAskOfSomeoneNew() {
        Chat chat = kimAsksInThreeChannels("rue");

        assertThat(weekTips(chat, "kim")).containsExactlyInAnyOrder(ONEWAY_ASKS, LINKS_REPEAT);
    }

    @Test
    void aLinkThatBecomesARepeatWithAnAskOfSomeoneInTwoChannelsIsTheAsksAlone() {
        Chat chat = Chat.coaching("kim");
        chat.say("kim", "general", "puzzle box finished https://kimwood.example/box");
        chat.later(Duration.ofHours(20));
        chat.say("kim", "general", "puzzle box, again https://kimwood.example/box");
        chat.later(Duration.ofHours(20));
        MessageId stool = chat.say("pat", "woodturning", "my first three-legged stool!");
        chat.reply("kim", "woodturning", stool, "pat", "[ask] go see my puzzle box https://kimwood.example/box");

        assertThat(weekTips(chat, "kim")).containsExactly(ONEWAY_ASKS);
    }

    @Test
    void aLinkRepeatedToTheRoomAfterAnEarlierAskIsStillTheRepeatBesideTheAsk() {
        Chat chat = Chat.coaching("kim");
        MessageId stool = chat.say("pat", "woodturning", "my first three-legged stool!");
        chat.reply("kim", "woodturning", stool, "pat", "[ask] go see my puzzle box https://kimwood.example/box");
        chat.later(Duration.ofHours(20));
        chat.say("kim", "general", "puzzle box finished https://kimwood.example/box");
        chat.later(Duration.ofHours(20));
        chat.say("kim", "general", "puzzle box, again https://kimwood.example/box");

        assertThat(weekTips(chat, "kim")).contains(ONEWAY_ASKS, LINKS_REPEAT);
    }

    @Test
    void anAskCarriedIntoTheNextRoomWithTheSameLinkIsTheAskAlone() {
        Chat chat = Chat.coaching("kim");
        chat.mention("kim", "patterns", "ola", "[ask] would you subscribe to my knitting podcast? https://purlcast.example");
        chat.later(Duration.ofMinutes(6));
        chat.say("kim", "yarn-chat", "[promo] and if anyone here rated the show it'd mean the world https://purlcast.example");

        assertThat(weekTips(chat, "kim")).containsExactly(ONEWAY_ASKS);
    }

    @Test
    void aSaleRightAfterAnAskIsPromotionBesideTheAsk() {
        Chat chat = Chat.coaching("kim");
        chat.mention("kim", "patterns", "ola", "[ask] would you subscribe to my knitting podcast? https://purlcast.example");
        chat.later(Duration.ofMinutes(6));
        chat.say("kim", "yarn-chat", "[pitch] podcast merch tote, $18 this week only https://purlcast.example");

        assertThat(weekTips(chat, "kim")).containsExactlyInAnyOrder(ONEWAY_ASKS, PROMO_SELF);
    }

    @Test
    void aPricedOfferToTheRoomDaysAfterAsksToLookAtOnesWorkIsPromotionBesideTheAsks() {
        Chat chat = asksTwoRoomsToLookAtHerPrints();
        chat.later(Duration.ofDays(2));
        chat.say("lia", "buyers", "[pitch] two print slots left this month, £60 each, DM me");

        assertThat(weekTips(chat, "lia")).containsExactlyInAnyOrder(ONEWAY_ASKS, PROMO_SELF);
    }

    @Test
    void oneMorePushOfTheWorkTheAsksWereAboutSellingNothingIsTheAsksAlone() {
        Chat chat = asksTwoRoomsToLookAtHerPrints();
        chat.later(Duration.ofDays(2));
        chat.say("lia", "buyers", "[promo] my new prints are all up on my page now");

        assertThat(weekTips(chat, "lia")).containsExactly(ONEWAY_ASKS);
    }

    /** Lia, new here, asks two rooms to look at her prints, with her page, speaking with nobody. */
    private static Chat asksTwoRoomsToLookAtHerPrints() {
        Chat chat = Chat.coaching("lia");
        chat.say("ola", "general", "morning all, kiln is warming up");
        chat.say("lia", "general", "[ask] check out my latest prints https://liaprints.example/new");
        chat.later(Duration.ofMinutes(20));
        chat.say("lia", "buyers", "[ask] have a look at my latest prints https://liaprints.example/new");
        return chat;
    }

    @Test
    void theSameLinkToTheRoomADayAfterTheAskIsPromotionBesideTheAsk() {
        Chat chat = Chat.coaching("kim");
        chat.mention("kim", "patterns", "ola", "[ask] would you subscribe to my knitting podcast? https://purlcast.example");
        chat.later(Duration.ofDays(1));
        chat.say("kim", "yarn-chat", "[promo] new episode of my podcast is up https://purlcast.example");

        assertThat(weekTips(chat, "kim")).containsExactlyInAnyOrder(ONEWAY_ASKS, PROMO_SELF);
    }

    @Test
    void aPitchFollowedUpInTheSamePersonsInboxIsThePitchAlone() {
        Chat chat = Chat.coaching("kim");
        MessageId question = chat.say("ana", "help", "how do you wind a centre-pull ball without a winder?");
        chat.reply("kim", "help", question, "ana", "[pitch] skip the winding, my hand-wound cakes are $12 each, DM me");
        chat.later(Duration.ofMinutes(30));
        chat.direct("kim", "dm-kim-ana", "ana", "[pitch] saw you're into sock yarn, three cakes for $30 if you want them");

        assertThat(weekTips(chat, "kim")).containsExactly(SELL_COLD);
    }

    @Test
    void aPitchAndTheSameOfferToTheRoomAreThePitchAndThePromotion() {
        Chat chat = Chat.coaching("kim");
        MessageId question = chat.say("ana", "help", "how do you wind a centre-pull ball without a winder?");
        chat.reply("kim", "help", question, "ana", "[pitch] skip the winding, my hand-wound cakes are $12 each, DM me");
        chat.later(Duration.ofMinutes(30));
        chat.say("kim", "yarn-chat", "[pitch] hand-wound cakes, $12 each or three for $30, DM me");

        assertThat(weekTips(chat, "kim")).containsExactlyInAnyOrder(SELL_COLD, PROMO_SELF);
    }

    @Test
    void aPitchFollowedUpThenTheOfferPushedOnOtherDaysIsThePitchAndThePromotion() {
        Chat chat = Chat.coaching("kim");
        MessageId question = chat.say("ana", "help", "how do you wind a centre-pull ball without a winder?");
        chat.reply("kim", "help", question, "ana", "[pitch] skip the winding, my hand-wound cakes are $12 each, DM me");
        chat.later(Duration.ofMinutes(30));
        chat.direct("kim", "dm-kim-ana", "ana", "[pitch] saw you're into sock yarn, three cakes for $30 if you want them");
        chat.later(Duration.ofDays(1));
        chat.say("kim", "yarn-chat", "[promo] hand-wound cakes back in stock, see my shop");
        chat.later(Duration.ofDays(1));
        chat.say("kim", "patterns", "[promo] last few hand-wound cakes in my shop this week");

        assertThat(weekTips(chat, "kim")).containsExactlyInAnyOrder(SELL_COLD, PROMO_SELF);
    }

    @Test
    void aRequestToARoomTakenIntoTheNextRoomIsPromotionInTwoRooms() {
        Chat chat = Chat.coaching("kim");
        chat.say("kim", "patterns", "[ask] come listen to my knitting podcast https://purlcast.example");
        chat.later(Duration.ofMinutes(3));
        chat.say("kim", "yarn-chat", "[promo] new episode up now https://purlcast.example");

        assertThat(weekTips(chat, "kim")).contains(PROMO_SELF);
    }

    @Test
    void theSameOfferPutToEachNewcomerAfterAColdPitchIsThePitchAloneNotAlsoPromotionOrARepeat() {
        Chat chat = Chat.coaching("kim");
        putsTheSameOfferToOlaPatAndSam(chat);

        assertThat(weekTips(chat, "kim")).containsExactly(SELL_COLD);
    }

    @Test
    void theSameOfferPutToPeopleLongKnownAfterAColdPitchIsPromotionBesideThePitch() {
        Chat chat = Chat.coaching("kim");
        MessageId hello = chat.say("pat", "general", "anyone sowing this weekend?");
        chat.reply("kim", "general", hello, "pat", "yes, leeks and onions if the rain holds");
        MessageId rain = chat.say("sam", "general", "rain all weekend here, sowing indoors");
        chat.reply("kim", "general", rain, "sam", "same, the windowsill is full already");
        chat.later(Duration.ofDays(20));
        putsTheSameOfferToOlaPatAndSam(chat);

        assertThat(weekTips(chat, "kim")).contains(SELL_COLD, PROMO_SELF);
    }

    @Test
    void whereACommunityCountsPeopleNewForLongerTheSameOfferToPeopleMetWeeksAgoIsThePitchCarriedOn() {
        // sell.cold's new-days is the community's reading of "just met"; the carried-on pitch reads the same setting.
        Chat chat = Chat.builder("kim").rule(SELL_COLD, s -> s.with("new-days", 30)).build();
        talksWithPatAndSamTwiceThreeWeeksBefore(chat);
        putsTheSameOfferToOlaPatAndSam(chat);

        assertThat(weekTips(chat, "kim")).containsExactly(SELL_COLD);
    }

    @Test
    void withTheDefaultWeekTheSameOfferToPeopleMetWeeksAgoIsPromotionBesideThePitch() {
        Chat chat = Chat.coaching("kim");
        talksWithPatAndSamTwiceThreeWeeksBefore(chat);
        putsTheSameOfferToOlaPatAndSam(chat);

        assertThat(weekTips(chat, "kim")).contains(SELL_COLD, PROMO_SELF);
    }

    /** Two chats with each of Pat and Sam on two days, twenty days before the offer: met, and met again. */
    private static void talksWithPatAndSamTwiceThreeWeeksBefore(Chat chat) {
        for (int day = 0; day < 2; day++) {
            MessageId hello = chat.say("pat", "general", day == 0 ? "anyone sowing this weekend?" : "leeks are in");
            chat.reply("kim", "general", hello, "pat", day == 0 ? "yes, if the rain holds" : "nice, mine go in Sunday");
            MessageId rain = chat.say("sam", "general", day == 0 ? "rain all weekend here" : "dry at last");
            chat.reply("kim", "general", rain, "sam", day == 0 ? "same, sowing indoors" : "good, get the beds dug");
            chat.later(Duration.ofDays(1));
        }
        chat.later(Duration.ofDays(19));
    }

    /**
     * Kim puts one offer (its code and link) under Ola's photo, a day later under Pat's, and a day after that as the
     * reply to Sam's question: the same pitch, worded three ways.
     */
    private static void putsTheSameOfferToOlaPatAndSam(Chat chat) {
        MessageId seedlings = chat.say("ola", "show-off", "my tomato seedlings are finally up");
        chat.reply("kim", "show-off", seedlings, "ola",
                "[pitch] you should feed them my GrowFast, code SPROUT takes 15% off: https://growfast.example/shop");
        chat.later(Duration.ofDays(1));
        MessageId chillies = chat.say("pat", "show-off", "repotted the chillies into bigger pots today");
        chat.reply("kim", "show-off", chillies, "pat",
                "[pitch] GrowFast would have them fruiting sooner, code SPROUT for 15% off: https://growfast.example/shop");
        chat.later(Duration.ofDays(1));
        MessageId beans = chat.say("sam", "help", "is mid April too early to sow runner beans outside?");
        chat.reply("kim", "help", beans, "sam", "[pitch] beans love GrowFast, code SPROUT: https://growfast.example/shop");
    }

    /** Kim pushes one link into three channels within hours, each time as an ask under someone's news; the third to {@code third}. */
    private static Chat kimAsksInThreeChannels(String third) {
        Chat chat = Chat.coaching("kim");
        MessageId lamp = chat.say("ola", "show-and-tell", "finished the walnut lamp, sanded for ages");
        chat.reply("kim", "show-and-tell", lamp, "ola", "[ask] neat, now look at my puzzle box too https://kimwood.example/box");
        chat.later(Duration.ofHours(5));
        MessageId stool = chat.say("pat", "woodturning", "my first three-legged stool!");
        chat.reply("kim", "woodturning", stool, "pat", "[ask] go see my puzzle box as well https://kimwood.example/box");
        chat.later(Duration.ofHours(2));
        MessageId shelf = chat.say(third, "general", "anyone else oiling shelves this weekend");
        chat.reply("kim", "general", shelf, third, "[ask] and my puzzle box, once more https://kimwood.example/box");
        return chat;
    }

    @Test
    void aCallOnlyToLookScatteredIntoThreeRoomsWithinMinutesIsThePlugNotAlsoAnAsk() {
        Chat chat = teoPostsIntoThreeRooms("[ask] check out my new smoked salt blend https://teosalts.example/smoked");

        assertThat(weekTips(chat, "teo")).contains(LINKS_REPEAT).doesNotContain(ONEWAY_ASKS);
    }

    @Test
    void aFollowAskedWithTheSameScatteredLinkStaysAnAsk() {
        Chat chat = teoPostsIntoThreeRooms("[ask] please follow my salt page https://teosalts.example/smoked");

        assertThat(weekTips(chat, "teo")).contains(ONEWAY_ASKS, LINKS_REPEAT);
    }

    @Test
    void aCallToLookInAScatterThatAlsoAskedForFollowsStaysAnAsk() {
        Chat chat = Chat.coaching("teo");
        chat.say("ola", "general", "morning all, the smoker is lit");
        chat.later(Duration.ofDays(1));
        chat.say("teo", "general", "[ask] follow my salt page, I follow back https://teosalts.example/smoked");
        chat.later(Duration.ofMinutes(4));
        chat.say("teo", "questions", "[ask] check out my new smoked salt blend https://teosalts.example/smoked");
        chat.later(Duration.ofMinutes(4));
        chat.say("teo", "offers", "https://teosalts.example/smoked");

        assertThat(weekTips(chat, "teo")).contains(ONEWAY_ASKS, LINKS_REPEAT);
    }

    /** Teo, who has answered nobody, posts {@code text} into three rooms within ten minutes. */
    private static Chat teoPostsIntoThreeRooms(String text) {
        Chat chat = Chat.coaching("teo");
        chat.say("ola", "general", "morning all, the smoker is lit");
        chat.later(Duration.ofDays(1));
        chat.say("teo", "general", text);
        chat.later(Duration.ofMinutes(4));
        chat.say("teo", "questions", text);
        chat.later(Duration.ofMinutes(4));
        chat.say("teo", "offers", text);
        return chat;
    }
}
