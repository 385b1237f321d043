package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static org.assertj.core.api.Assertions.assertThat;

class AsksRuleTest {

    @Test
    void firesWhenAskingSomeoneToCheckOutYourWorkWithoutEverEngagingWithThem() {
        Chat chat = Chat.coaching("ana");
        chat.say("bob", "general", "finished my new mural today");
        chat.mention("ana", "general", "bob", "[ask] check out my channel and subscribe!");
        assertThat(chat.findings(ONEWAY_ASKS)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("people")).isEqualTo(1));
    }

    @Test
    void firesWhenAskingAChannelYouNeverGaveAnythingTo() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "[ask] please like and share my latest video");
        assertThat(chat.findings(ONEWAY_ASKS)).hasSize(1);
    }

    @Test
    void staysQuietWhenYouGaveFirst() {
        Chat chat = Chat.coaching("ana");
        MessageId mural = chat.say("bob", "general", "finished my new mural today");
        chat.reply("ana", "general", mural, "bob", "the colours are wonderful, how long did it take?");
        chat.react("ana", mural, "bob", "general");
        chat.mention("ana", "general", "bob", "[ask] would you check out my sketchbook too?");
        assertThat(chat.findings(ONEWAY_ASKS)).isEmpty();
    }

    @Test
    void firesWhenAWordOfPraiseComesBeforeTheAsk() {
        Chat chat = Chat.coaching("ana");
        MessageId mural = chat.say("bob", "general", "finished my new mural today");
        chat.reply("ana", "general", mural, "bob", "cool! check out my sketchbook too [ask]");
        assertThat(chat.findings(ONEWAY_ASKS)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("people")).isEqualTo(1));
    }

    @Test
    void staysQuietWhenTheReplyGivesRealFeedbackBeforeTheAsk() {
        // Engaging with someone's work in the same message is giving; whether the plug after it is welcome is
        // promotion's question, not this one's.
        Chat chat = Chat.coaching("ana");
        MessageId mural = chat.say("bob", "general", "finished my new mural today");
        chat.reply("ana", "general", mural, "bob", "Strong start! Darken the sky so the faces stand out more. "
                + "P.S. check out my sketchbook too [ask]");
        assertThat(chat.findings(ONEWAY_ASKS)).isEmpty();
    }

    /**
     * An ask tacked onto a congratulation is still an ask: it gives nothing, so the next ask to the channel is made
     * without having given there either.
     */
    @Test
    void firesAgainForTheNextAskWhenTheOnlyReplyBeforeItWasItselfAnAsk() {
        Chat chat = Chat.coaching("ana");
        MessageId news = chat.say("bob", "general", "we open on Sundays from next week!");
        chat.reply("ana", "general", news, "bob", "Congrats! [ask] could you follow my page as well?");
        chat.later(java.time.Duration.ofDays(2));
        chat.say("ana", "general", "[ask] please like and share my page, it really helps");
        assertThat(chat.findings(ONEWAY_ASKS)).hasSize(2);
    }

    /** A congratulation that asks for nothing is a reply: the ask after it is made where she has given. */
    @Test
    void staysQuietForTheChannelAskAfterAReplyThatAskedForNothing() {
        Chat chat = Chat.coaching("ana");
        MessageId news = chat.say("bob", "general", "we open on Sundays from next week!");
        chat.reply("ana", "general", news, "bob", "Congrats, Sunday bread is the best news this week!");
        chat.later(java.time.Duration.ofDays(2));
        chat.say("ana", "general", "[ask] please like and share my page, it really helps");
        assertThat(chat.findings(ONEWAY_ASKS)).isEmpty();
    }

    /** Right after the coach starts watching, "in the 30 days before" is not known: the tip says what it saw. */
    @Test
    void saysHowLongTheCoachHasSeenThePersonWhenThatIsShorterThanTheLookBack() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "[ask] please like and share my latest video");
        assertThat(chat.findings(ONEWAY_ASKS)).singleElement().satisfies(f -> assertThat(f.tip().seen())
                .doesNotContain("30 days").contains("hours Rapport has seen you here"));
    }

    /** Once the coach has seen the person for the whole look-back, the tip says the look-back. */
    @Test
    void saysTheLookBackOnceTheCoachHasSeenThePersonThatLong() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "morning all");
        chat.later(java.time.Duration.ofDays(40));
        chat.say("ana", "general", "[ask] please like and share my latest video");
        assertThat(chat.findings(ONEWAY_ASKS)).singleElement().satisfies(f -> assertThat(f.tip().seen())
                .endsWith("in the 30 days before."));
    }

    /**
     * A favour asked of a fellow creator under their own news ("could you follow my show on spotify and rate it?") is
     * an ask for attention, however it is worded: to someone never engaged with, it is asking without giving.
     */
    @Test
    void firesForAFavourAskedOfSomeoneNeverEngagedWith() {
        Chat chat = Chat.builder("ana").promoDetector(new dev.rapport.rules.promo.SelfPromotionDetector()).build();
        MessageId news = chat.say("bob", "general", "episode one of my walking podcast is finally up");
        chat.reply("ana", "general", news, "bob", "congrats! could you follow Copper Kettle Radio on spotify and "
                + "rate it? we're trying to reach fifty ratings");
        assertThat(chat.findings(ONEWAY_ASKS)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("people")).isEqualTo(1));
    }

    /** The same favour after a real reply to their work days before: she gave first. */
    @Test
    void staysQuietForAFavourAskedOfSomeoneWhoseWorkSheRespondedTo() {
        Chat chat = Chat.builder("ana").promoDetector(new dev.rapport.rules.promo.SelfPromotionDetector()).build();
        MessageId trailer = chat.say("bob", "general", "trailer for my walking podcast, first episode on Friday");
        chat.reply("ana", "general", trailer, "bob", "the sound of the gravel under your boots is lovely, how did you "
                + "keep the wind out of the mic?");
        chat.later(java.time.Duration.ofDays(2));
        MessageId news = chat.say("bob", "general", "episode one of my walking podcast is finally up");
        chat.reply("ana", "general", news, "bob", "congrats! could you follow Copper Kettle Radio on spotify and "
                + "rate it? we're trying to reach fifty ratings");
        assertThat(chat.findings(ONEWAY_ASKS)).isEmpty();
    }

    /**
     * A sale announced with its call ("check out my shop, 15% off all week") asks for custom, not for a look: it is
     * promotion, told by promo.self; the same call without a sale is an ask.
     */
    @Test
    void staysQuietForTheCallThatAnnouncesASale() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "[ask] [pitch] winter sale: 20% off every mug this week, check out my shop");
        assertThat(chat.findings(ONEWAY_ASKS)).isEmpty();
        chat.say("ana", "other", "[ask] check out my new mugs when you get a minute");
        assertThat(chat.findings(ONEWAY_ASKS)).hasSize(1);
    }

    @Test
    void staysQuietForACallToLookAtOnesShop() {
        Chat chat = Chat.builder("ana").promoDetector(new dev.rapport.rules.promo.SelfPromotionDetector()).build();
        chat.say("ana", "lounge", "just listed a pile of old denim jackets, check out my stall https://stall.example/ana");
        assertThat(chat.findings(ONEWAY_ASKS)).isEmpty();
    }

    @Test
    void firesForAFollowAskedForOnesShop() {
        Chat chat = Chat.builder("ana").promoDetector(new dev.rapport.rules.promo.SelfPromotionDetector()).build();
        chat.say("ana", "lounge", "pls follow my stall everyone, every follow helps https://stall.example/ana");
        assertThat(chat.findings(ONEWAY_ASKS)).hasSize(1);
    }

    @Test
    void firesForAFavourPutToTheWholeRoom() {
        Chat chat = Chat.builder("ana").promoDetector(new dev.rapport.rules.promo.SelfPromotionDetector()).build();
        chat.say("ana", "hikes", "could you all upvote my trail photo? trying to make the monthly top ten");
        assertThat(chat.findings(ONEWAY_ASKS)).hasSize(1);
    }

    @Test
    void staysQuietForAQuestionToTheRoomThatAsksNoFavour() {
        Chat chat = Chat.builder("ana").promoDetector(new dev.rapport.rules.promo.SelfPromotionDetector()).build();
        chat.say("ana", "hikes", "could you all tell me which trail is best after rain?");
        assertThat(chat.findings(ONEWAY_ASKS)).isEmpty();
    }

    /**
     * A vote called for something the message does not claim as the writer's is a voice in someone's vote (the club's
     * bird of the year, a name for the mascot), not an ask for attention to one's own work.
     */
    @Test
    void staysQuietForAVoteCalledForSomethingNotTheWritersOwn() {
        Chat chat = Chat.coaching("ana");
        chat.say("bob", "general", "the mascot naming poll is open till Friday, pitch your favourite!");
        chat.say("ana", "general", "[ask] Captain Crumb is the only sensible name. vote Captain Crumb");
        assertThat(chat.findings(ONEWAY_ASKS)).isEmpty();
    }

    /** The same call with the entry's link points at the entry: it asks for attention to the writer's own work. */
    @Test
    void firesForAVoteCalledWithTheEntrysLink() {
        Chat chat = Chat.coaching("ana");
        chat.say("bob", "general", "the mascot naming poll is open till Friday, pitch your favourite!");
        chat.say("ana", "general", "[ask] two days left to vote https://photos.example/p/12");
        assertThat(chat.findings(ONEWAY_ASKS)).hasSize(1);
    }

    /** The club's contest called to its members, with nothing asked for oneself, is the club's business. */
    @Test
    void staysQuietForTheClubsContestCalledToItsMembers() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "[ask] the club photo contest is on, entries close Sunday, go vote "
                + "https://contest.example/vote");
        assertThat(chat.findings(ONEWAY_ASKS)).isEmpty();
    }

    /**
     * The entry's link written without its scheme ("pollsite.com/entry/7") points at the entry all the same: a vote
     * asked with it asks the room for attention to the writer's entry, whatever the entry is called.
     */
    @Test
    void firesForAVoteCalledWithTheEntrysLinkWrittenWithoutItsScheme() {
        Chat chat = Chat.builder("ana").promoDetector(new dev.rapport.rules.promo.SelfPromotionDetector()).build();
        chat.say("ana", "lounge", "Pepper is through to the last round of the village dog show, please vote for him "
                + "at dogshow.example/entries/pepper");
        assertThat(chat.findings(ONEWAY_ASKS)).hasSize(1);
    }

    /** The same call with no link and nothing claimed as the writer's is still a voice in the show's vote. */
    @Test
    void staysQuietForAVoteCalledWithoutALinkForSomethingNotClaimed() {
        Chat chat = Chat.builder("ana").promoDetector(new dev.rapport.rules.promo.SelfPromotionDetector()).build();
        chat.say("ana", "lounge", "Pepper is through to the last round of the village dog show, please vote for him, "
                + "the poll is pinned");
        assertThat(chat.findings(ONEWAY_ASKS)).isEmpty();
    }
}
