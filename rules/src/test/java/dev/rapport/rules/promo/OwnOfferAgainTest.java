package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An offer one promoted is still the same offer when it comes back in other words: another page of one's own shop
 * ("the members' code works on this one too → the shop's other page"), a plug tacked onto an answer with a link to
 * that shop, or the same link under a tip in a room whose topic the tip echoes. Someone else's page on a shared
 * platform is no part of one's shop, and a room's tip with a link that was never promoted is the room's talk.
 */
class OwnOfferAgainTest {
    private static final ChannelInfo CHAT = ChannelInfo.of("potting-shed", "general natter");
    private static final ChannelInfo QUESTIONS = ChannelInfo.of("what-to-plant", "");
    private static final ChannelInfo HEDGES = ChannelInfo.of("hedges-and-borders", "which hedges thrive, which sulk");
    private static final ChannelInfo TOOLS = ChannelInfo.of("sheds-and-tools", "");

    private static Chat chat() {
        return Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
    }

    @Test
    void anotherPageOfTheShopOnePromotedIsTheSameShopPushedAgain() {
        Chat chat = chat();
        chat.sayIn(CHAT, "ana", "our spring bulbs are in, 15% off for members with code BLOOM15 at "
                + "https://fernhollow.example/tulips");
        chat.later(Duration.ofDays(1));
        MessageId ask = chat.sayIn(QUESTIONS, "bo", "what should I plant under the apple tree? it's quite shady");
        chat.replyIn(QUESTIONS, "ana", ask, "bo", "wood anemones love that spot. we have a lovely blue one, members' "
                + "price this month → https://fernhollow.example/anemones");
        chat.later(Duration.ofDays(1));
        chat.sayIn(CHAT, "ana", "if the tulips did well for you, the same grower's alliums are in, code BLOOM15 works "
                + "on them too: https://fernhollow.example/alliums");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }

    @Test
    void anotherPageOfThatSiteWithNoPriceOrCodeIsAReminderJudgedByItsWords() {
        Chat chat = chat();
        chat.sayIn(CHAT, "ana", "our spring bulbs are in, 15% off for members with code BLOOM15 at "
                + "https://fernhollow.example/tulips");
        chat.later(Duration.ofDays(2));
        chat.sayIn(CHAT, "ana", "the open garden is on Sunday, 2 places left on the walk: "
                + "https://fernhollow.example/open-garden");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void anotherVideoOnTheSamePlatformIsNotOnesOwnShopAgain() {
        Chat chat = chat();
        chat.sayIn(CHAT, "ana", "my new video on pruning roses is up, please subscribe! https://youtube.com/watch?v=rose101");
        chat.later(Duration.ofDays(1));
        MessageId ask = chat.sayIn(QUESTIONS, "bo", "what should I plant under the apple tree? it's quite shady");
        chat.replyIn(QUESTIONS, "ana", ask, "bo", "wood anemones love that spot. this grower explains it well → "
                + "https://youtube.com/watch?v=shade42");
        chat.later(Duration.ofDays(1));
        chat.sayIn(CHAT, "ana", "this made me laugh, a hedgehog in a watering can https://youtube.com/watch?v=hog7");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void aPromotedLinkBroughtBackUnderATipInATopicalRoomIsTheSameOfferAgain() {
        Chat chat = plannerLaunchedTwiceThenATipInTheHedgeRoom(
                "tip: hedges thrive when you plan the spacing first. the planner has every spacing "
                        + "→ https://bordersmith.example/planner");
        assertThat(chat.findings(LINKS_REPEAT)).isNotEmpty();
    }

    @Test
    void aTipWithALinkNeverPromotedIsTheRoomsTalk() {
        Chat chat = plannerLaunchedTwiceThenATipInTheHedgeRoom(
                "tip: hedges thrive when you plan the spacing first. the county's free guide has "
                        + "every spacing → https://countyhedges.example/spacing");
        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
    }

    /** A priced planner announced twice in the tools room, then a tip in the hedge room a day later. */
    private static Chat plannerLaunchedTwiceThenATipInTheHedgeRoom(String tip) {
        Chat chat = chat();
        chat.sayIn(TOOLS, "ana", "Launched my border planner: 40 planting plans, $19 launch price "
                + "https://bordersmith.example/planner");
        chat.later(Duration.ofDays(1));
        chat.sayIn(TOOLS, "ana", "still $19 for the planner this week https://bordersmith.example/planner");
        chat.later(Duration.ofDays(1));
        chat.sayIn(HEDGES, "ana", tip);
        chat.finish();
        return chat;
    }
}
