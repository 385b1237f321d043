package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sell.cold} as a specification: a pitch to someone first met less than a week ago is cold, DMs included; met
 * means any exchange, a conversation by turns too; an ask to follow is an ask, not a sale; a priced reply in a channel
 * made for asking for providers answers what was asked, and a sales call offered as the answer to a question for
 * advice does not. Lines marked {@code [pitch]} are pitches whatever their words ({@link Chat#MARKED}); the other
 * scenes are read by the real detector.
 */
class ColdSellRuleTest {

    /** A scene read by the real promotion detector. */
    private static Scene realWords() {
        return Scene.of(Chat.builder("ana").promoDetector(new SelfPromotionDetector()));
    }

    @Test
    void firesOnAPitchInADirectMessageToSomeoneJustMet() {
        Chat chat = Scene.coaching("ana").asks("ana", "general", "bob", "welcome bob!")
                .writesDirectly("ana", "dm-ana-bob", "[pitch] hey, my coaching package is 20% off this week")
                .writesDirectly("bob", "dm-ana-bob", "erm, thanks")
                .writesDirectly("ana", "dm-ana-bob", "[pitch] only 3 spots left").build();
        assertThat(chat.findings(SELL_COLD)).singleElement().satisfies(f -> {
            assertThat(f.evidence().counterparts()).hasSize(1);
            assertThat(f.evidence().counterparts().get(0)).startsWith("p-").doesNotContain("bob");
        });
    }

    @Test
    void staysQuietWhenTheRelationshipIsOlderThanAWeek() {
        Chat chat = Scene.coaching("ana").asks("ana", "general", "bob", "how did the market go?")
                .after(Duration.ofDays(10))
                .asks("ana", "general", "bob", "[pitch] I have a stall to share at the next market, 40 a day").build();
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    // --- a call to book is a sale, a request to follow an ask ---------------------------------------------------

    /** Bob opens his shop; twenty minutes later Ana says {@code words} to him. */
    private static Chat toANewShopOwner(String words) {
        return realWords().says("bob", "general", "Just opened the doors on my little ceramics shop this month.")
                .after(Duration.ofMinutes(20))
                .asks("ana", "general", "bob", words).build();
    }

    @Test
    void aServiceWithACallToBookIsASaleToSomeoneJustMet() {
        Chat chat = toANewShopOwner("Congrats @bob! I run a bookkeeping agency and we've saved new shops hours every "
                + "month. Let's jump on a 20-minute call this week: https://ledgerly.example/book");
        assertThat(chat.findings(SELL_COLD)).hasSize(1);
        assertThat(chat.findings(ONEWAY_ASKS)).isEmpty();
    }

    @Test
    void askingSomeoneJustMetToFollowAndShareIsAnAskNotASale() {
        Chat chat = toANewShopOwner("Congrats @bob! Would you mind following my studio page and sharing my latest "
                + "post? https://pics.example/ana-studio");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    // --- met by turns in a busy channel ------------------------------------------------------------------------

    /** Twelve lines of others' chatter: a channel with many voices, where no line is said to everyone in it. */
    private static Scene chatter(Scene scene) {
        String[] people = {"cai", "dee", "eve", "fay"};
        return scene.times(12, (s, i) -> s.says(people[i % people.length], "general", "market stall chatter, line " + i));
    }

    /**
     * In a busy channel Ana asks the room, {@code answerer} answers five minutes later and Ana answers back; Bob says
     * something of his own; ten days later Ana pitches to Bob.
     */
    private static Chat pitchTenDaysAfterTurnsWith(String answerer) {
        Scene scene = chatter(Scene.coaching("ana"))
                .says("ana", "general", "does anyone here dry their own lavender for the sachets")
                .after(Duration.ofMinutes(5))
                .says(answerer, "general", "hang it upside down in the shed for two weeks, works every time")
                .after(Duration.ofMinutes(5))
                .says("ana", "general", "brilliant, our shed is finally good for something");
        if (!answerer.equals("bob")) {
            scene.says("bob", "general", "anyone at the Saturday market this week");
        }
        return chatter(scene).after(Duration.ofDays(10))
                .asks("ana", "general", "bob", "[pitch] my sachet bundles are 20% off for stallholders this week").build();
    }

    /**
     * Ten days before the pitch she asked, he answered and she answered him back, minutes apart, no reply links: a
     * conversation by turns is a meeting like one by replies, so the pitch is not cold.
     */
    @Test
    void staysQuietForAPitchToSomeoneTalkedWithByTurnsDaysBefore() {
        assertThat(pitchTenDaysAfterTurnsWith("bob").findings(SELL_COLD)).isEmpty();
    }

    /** Only in the same busy channel, never a turn between them: a stranger still, and the pitch is cold. */
    @Test
    void firesForAPitchToSomeoneOnlySeenInTheSameBusyChannel() {
        assertThat(pitchTenDaysAfterTurnsWith("cai").findings(SELL_COLD)).hasSize(1);
    }

    /**
     * "Be gentle, still learning" in one's own introduction asks for a welcome, not for help: a reply to it is no
     * answer, and a priced offer in reply stays a pitch to a newcomer.
     */
    @Test
    void aPitchInReplyToAnIntroductionsPleaToBeGentleIsStillCold() {
        ChannelInfo introductions = ChannelInfo.of("introductions", "First time here? Tell us a bit about what you make.");
        Chat chat = realWords().saysIn(introductions, "wim",
                        "Hi all, I'm Wim, I started turning wooden bowls last month. Still learning, so be gentle")
                .after(Duration.ofMinutes(20))
                .answersIn(introductions, "ana", "wim", "Welcome! My finishing oil makes bowls food safe in a day, 25% "
                        + "off a first order if you DM me: https://oil.example/shop")
                .finish();
        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }

    // --- a channel made for asking for providers -----------------------------------------------------------------

    /**
     * In {@code channel} Wim looks for a piano teacher and Ana replies with her priced offer; three days later Wim
     * asks {@code question} and Ana replies with the same price.
     */
    private static Chat askThenOffer(String channel, String topic, String question) {
        ChannelInfo where = ChannelInfo.of(channel, topic);
        return realWords().saysIn(where, "wim",
                        "Hello! looking for a piano teacher for my daughter, she is nine, lessons online are fine")
                .after(Duration.ofMinutes(20))
                .answersIn(where, "ana", "wim",
                        "Hi Wim, I teach beginners piano over video, $30 a lesson, DM me to set up a first one")
                .after(Duration.ofDays(3))
                .saysIn(where, "wim", question)
                .after(Duration.ofMinutes(30))
                .answersIn(where, "ana", "wim", "Sure, Saturday mornings work for me, same $30 a lesson. DM me and "
                        + "we'll book it")
                .finish();
    }

    /**
     * Where the channel's own topic says people post what they need and sellers reply with their offer, any question
     * there asks for one, however it is worded: a priced reply to it answers it, even to someone met three days ago.
     */
    @Test
    void anOfferAnsweringAQuestionInAChannelForFindingProvidersIsNoColdPitch() {
        Chat chat = askThenOffer("need-a-teacher", "Parents and students: post what you need. Teachers: reply with your "
                + "offer.", "and could you also take me, as an adult starter, on Saturdays?");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    /** The same follow-up question in a channel for chat asks for nothing to buy: the priced reply pitches. */
    @Test
    void theSameOfferToTheSameQuestionInAChatChannelIsStillCold() {
        Chat chat = askThenOffer("lounge", "Chat about anything.",
                "and could you also take me, as an adult starter, on Saturdays?");
        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }

    // --- a pitch riding on an answer ---------------------------------------------------------------------------

    /** Ana welcomes Bob; two days later he asks the room for invoicing tips and she replies {@code answer}. */
    private static Chat answeredTwoDaysAfterMeeting(String answer) {
        return realWords().asks("ana", "general", "bob", "welcome @bob, nice to have another potter here")
                .after(Duration.ofDays(2))
                .says("bob", "general", "switching my shop to a new payment provider, any tips for sending invoices?")
                .after(Duration.ofMinutes(15))
                .answers("ana", "general", "bob", answer)
                .finish();
    }

    /** Answering a question for advice with one's business and a call to book sells to someone met days ago. */
    @Test
    void aSalesCallOfferedAsTheAnswerToAQuestionForAdviceIsStillCold() {
        Chat chat = answeredTwoDaysAfterMeeting("Bob this is just what we solve, invoicing and reminders in one "
                + "place, most shops save hours a week. Grab 15 min with us https://calendly.com/ana-billing/intro");
        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }

    /** The same question answered with advice, a link to a guide and no call to book, is help. */
    @Test
    void plainAdviceWithAGuideAnsweringTheSameQuestionIsNot() {
        Chat chat = answeredTwoDaysAfterMeeting("Bob I send mine from the provider's own dashboard, and set a "
                + "reminder for day 14. This guide helped me: https://guides.example/invoices");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    // --- an offer answers the request it was asked for, not another ---------------------------------------------

    /** In a chat channel Wim says {@code request}; twenty minutes later Ana, who never spoke with him, replies {@code offer}. */
    private static Chat offeredUnder(ChannelInfo where, String request, String offer) {
        return realWords().saysIn(where, "wim", request)
                .after(Duration.ofMinutes(20))
                .answersIn(where, "ana", "wim", offer)
                .finish();
    }

    private static final ChannelInfo LOUNGE = ChannelInfo.of("lounge", "Chat about anything.");
    private static final String SPARE = "I've a spare one, barely used, $40 posted. DM me";

    /** Asked who sells one, wants to buy one, or who gives a paid service: a priced offer of exactly that answers. */
    @Test
    void aPricedOfferAnsweringARequestToBuyOrHireIsNoColdPitch() {
        assertThat(offeredUnder(LOUNGE, "anyone selling a spare bread proofer? mine cracked in the frost", SPARE)
                .findings(SELL_COLD)).isEmpty();
        assertThat(offeredUnder(LOUNGE, "WTB a used bread proofer under 50, anyone?", SPARE)
                .findings(SELL_COLD)).isEmpty();
        assertThat(offeredUnder(LOUNGE, "does anyone here do sourdough coaching? my loaves keep collapsing",
                "yes, I teach it over video, $40 an hour, DM me. and feed your starter twice the day before").findings(SELL_COLD))
                .isEmpty();
    }

    /** The same priced offer under a question that asks for nothing to buy pitches to a stranger. */
    @Test
    void theSamePricedOfferUnderAQuestionThatAskedForNothingToBuyIsCold() {
        assertThat(offeredUnder(LOUNGE, "anyone else's bread proofer cracking in this frost?", SPARE)
                .findings(SELL_COLD)).hasSize(1);
    }

    private static final ChannelInfo FIND_A_TEACHER = ChannelInfo.of("find-a-teacher",
            "Parents and students: post what you need. Teachers: reply with your offer.");

    /** Asked for quotes for one thing, offered another: the offer answers a request nobody made. */
    @Test
    void anOfferSteeringARequestForQuotesToAnotherThingIsCold() {
        assertThat(offeredUnder(FIND_A_TEACHER, "need a piano teacher for my son, online is fine. rough quotes?",
                "while you're at it, have you thought about singing lessons? we do free trial classes, book one here: "
                        + "https://sing.example/book").findings(SELL_COLD)).hasSize(1);
    }

    /** A quote for what was asked, with its booking page, answers the request. */
    @Test
    void aQuoteForWhatWasAskedWithItsBookingPageAnswers() {
        assertThat(offeredUnder(FIND_A_TEACHER, "need a piano teacher for my son, online is fine. rough quotes?",
                "Hi Wim, I teach beginners piano over video, $30 a lesson, book one here: https://piano.example/book")
                .findings(SELL_COLD)).isEmpty();
    }

    private static final ChannelInfo CRIT_CORNER = ChannelInfo.of("crit-corner", "post work, get honest crit.");

    /** Asked for critique, answered with one's paid service at a price with its link: a pitch under their work. */
    @Test
    void aPaidPackageUnderARequestForCritiqueIsCold() {
        assertThat(offeredUnder(CRIT_CORNER, "first go at a shop logo, roast it pls https://pics.example/wim-logo",
                "love it! my studio does logo packages, 3 concepts for $90 → https://studio.example/logos")
                .findings(SELL_COLD)).hasSize(1);
    }

    /** The critique itself, with a link to a guide, is the answer asked for. */
    @Test
    void critiqueWithAGuideUnderTheSameRequestIsNot() {
        assertThat(offeredUnder(CRIT_CORNER, "first go at a shop logo, roast it pls https://pics.example/wim-logo",
                "love it! the mark reads well small, loosen the kerning a bit → https://guides.example/kerning")
                .findings(SELL_COLD)).isEmpty();
    }

    /** A priced call with a slot to grab, sent privately to someone never spoken to, is a pitch. */
    @Test
    void aPricedCallWithASlotToGrabInADirectMessageToAStrangerIsCold() {
        Chat chat = realWords().says("wim", "help", "my loaves keep collapsing in the oven, ideas?")
                .after(Duration.ofHours(20))
                .writesDirectly("ana", "dm-ana-wim", "wim", "Hi Wim, saw your loaf trouble. I run 1:1 baking "
                        + "coaching, half an hour on video sorts most of it, $50. Grab a slot here: "
                        + "https://slots.example/ana/call")
                .finish();
        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }
}
