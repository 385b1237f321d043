package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

class ColdSellRuleTest {

    @Test
    void firesOnAPitchInADirectMessageToSomeoneJustMet() {
        Chat chat = Chat.coaching("ana");
        chat.mention("ana", "general", "bob", "welcome bob!");
        chat.direct("ana", "dm-ana-bob", "[pitch] hey, my coaching package is 20% off this week");
        chat.direct("bob", "dm-ana-bob", "erm, thanks");
        chat.direct("ana", "dm-ana-bob", "[pitch] only 3 spots left");
        assertThat(chat.findings(SELL_COLD)).singleElement().satisfies(f -> {
            assertThat(f.evidence().counterparts()).hasSize(1);
            assertThat(f.evidence().counterparts().get(0)).startsWith("p-").doesNotContain("bob");
        });
    }

    @Test
    void staysQuietWhenTheRelationshipIsOlderThanAWeek() {
        Chat chat = Chat.coaching("ana");
        chat.mention("ana", "general", "bob", "how did the market go?");
        chat.later(Duration.ofDays(10));
        chat.mention("ana", "general", "bob", "[pitch] I have a stall to share at the next market, 40 a day");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    private static Chat realWords() {
        return Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
    }

    @Test
    void aServiceWithACallToBookIsASaleToSomeoneJustMet() {
        Chat chat = realWords();
        chat.say("bob", "general", "Just opened the doors on my little ceramics shop this month.");
        chat.later(Duration.ofMinutes(20));
        chat.mention("ana", "general", "bob", "Congrats @bob! I run a bookkeeping agency and we've saved new shops "
                + "hours every month. Let's jump on a 20-minute call this week: https://ledgerly.example/book");
        assertThat(chat.findings(SELL_COLD)).hasSize(1);
        assertThat(chat.findings(dev.rapport.rules.rule.RuleId.ONEWAY_ASKS)).isEmpty();
    }

    @Test
    void askingSomeoneJustMetToFollowAndShareIsAnAskNotASale() {
        Chat chat = realWords();
        chat.say("bob", "general", "Just opened the doors on my little ceramics shop this month.");
        chat.later(Duration.ofMinutes(20));
        chat.mention("ana", "general", "bob", "Congrats @bob! Would you mind following my studio page and sharing "
                + "my latest post? https://pics.example/ana-studio");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    // --- met by turns in a busy channel ------------------------------------------------------------------------

    /** A channel with many voices: no line there is said to everyone in it. */
    private static void busyChannel(Chat chat) {
        String[] people = {"cai", "dee", "eve", "fay"};
        for (int i = 0; i < 12; i++) {
            chat.say(people[i % people.length], "general", "market stall chatter, line " + i);
        }
    }

    /**
     * Ten days before the pitch she asked, he answered and she answered him back, minutes apart, no reply links: a
     * conversation by turns is a meeting like one by replies, so the pitch is not cold.
     */
    @Test
    void staysQuietForAPitchToSomeoneTalkedWithByTurnsDaysBefore() {
        Chat chat = Chat.coaching("ana");
        busyChannel(chat);
        chat.say("ana", "general", "does anyone here dry their own lavender for the sachets");
        chat.later(Duration.ofMinutes(5));
        chat.say("bob", "general", "hang it upside down in the shed for two weeks, works every time");
        chat.later(Duration.ofMinutes(5));
        chat.say("ana", "general", "brilliant, our shed is finally good for something");
        busyChannel(chat);
        chat.later(Duration.ofDays(10));
        chat.mention("ana", "general", "bob", "[pitch] my sachet bundles are 20% off for stallholders this week");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    /** Only in the same busy channel, never a turn between them: a stranger still, and the pitch is cold. */
    @Test
    void firesForAPitchToSomeoneOnlySeenInTheSameBusyChannel() {
        Chat chat = Chat.coaching("ana");
        busyChannel(chat);
        chat.say("ana", "general", "does anyone here dry their own lavender for the sachets");
        chat.later(Duration.ofMinutes(5));
        chat.say("cai", "general", "hang it upside down in the shed for two weeks, works every time");
        chat.later(Duration.ofMinutes(5));
        chat.say("ana", "general", "brilliant, our shed is finally good for something");
        chat.say("bob", "general", "anyone at the Saturday market this week");
        busyChannel(chat);
        chat.later(Duration.ofDays(10));
        chat.mention("ana", "general", "bob", "[pitch] my sachet bundles are 20% off for stallholders this week");
        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }

    /**
     * "Be gentle, still learning" in one's own introduction asks for a welcome, not for help: a reply to it is no
     * answer, and a priced offer in reply stays a pitch to a newcomer.
     */
    @Test
    void aPitchInReplyToAnIntroductionsPleaToBeGentleIsStillCold() {
        Chat chat = realWords();
        var info = dev.rapport.rules.model.ChannelInfo.of("introductions", "New here? Say hi and tell us what you make.");
        var intro = chat.feed(dev.rapport.rules.model.ChatMessage.builder().id("intro-1").at(chat.now().plusSeconds(60))
                .in(Chat.COMMUNITY, info.name()).channelInfo(info).by("wim")
                .text("Hi all, I'm Wim, I started turning wooden bowls last month. Still learning, so be gentle").build());
        chat.later(Duration.ofMinutes(20));
        chat.feed(dev.rapport.rules.model.ChatMessage.builder().id("intro-2").at(chat.now().plusSeconds(60))
                .in(Chat.COMMUNITY, info.name()).channelInfo(info).by("ana")
                .replyTo(intro, dev.rapport.rules.model.UserId.of("wim"))
                .text("Welcome! My finishing oil makes bowls food safe in a day, 25% off your first order if you DM "
                        + "me: https://oil.example/shop").build());
        chat.finish();
        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }
    // --- a channel made for asking for providers -----------------------------------------------------------------

    private static Chat askThenOffer(String channel, String topic, String question) {
        Chat chat = realWords();
        var info = dev.rapport.rules.model.ChannelInfo.of(channel, topic);
        var first = chat.feed(dev.rapport.rules.model.ChatMessage.builder().id("ask-1").at(chat.now().plusSeconds(60))
                .in(Chat.COMMUNITY, info.name()).channelInfo(info).by("wim")
                .text("Hello! looking for a piano teacher for my daughter, she is nine, lessons online are fine").build());
        chat.later(Duration.ofMinutes(20));
        chat.feed(dev.rapport.rules.model.ChatMessage.builder().id("offer-1").at(chat.now().plusSeconds(60))
                .in(Chat.COMMUNITY, info.name()).channelInfo(info).by("ana")
                .replyTo(first, dev.rapport.rules.model.UserId.of("wim"))
                .text("Hi Wim, I teach beginners piano over video, $30 a lesson, DM me to set up a first one").build());
        chat.later(Duration.ofDays(3));
        var again = chat.feed(dev.rapport.rules.model.ChatMessage.builder().id("ask-2").at(chat.now().plusSeconds(60))
                .in(Chat.COMMUNITY, info.name()).channelInfo(info).by("wim").text(question).build());
        chat.later(Duration.ofMinutes(30));
        chat.feed(dev.rapport.rules.model.ChatMessage.builder().id("offer-2").at(chat.now().plusSeconds(60))
                .in(Chat.COMMUNITY, info.name()).channelInfo(info).by("ana")
                .replyTo(again, dev.rapport.rules.model.UserId.of("wim"))
                .text("Sure, Saturday mornings work for me, same $30 a lesson. DM me and we'll book it").build());
        chat.finish();
        return chat;
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

    private static Chat answeredTwoDaysAfterMeeting(String answer) {
        Chat chat = realWords();
        chat.mention("ana", "general", "bob", "welcome @bob, nice to have another potter here");
        chat.later(Duration.ofDays(2));
        MessageId q = chat.say("bob", "general", "switching my shop to a new payment provider, any tips for sending "
                + "invoices?");
        chat.later(Duration.ofMinutes(15));
        chat.reply("ana", "general", q, "bob", answer);
        chat.finish();
        return chat;
    }

    /** Answering a question for advice with one's business and a call to book sells to someone met days ago. */
    @Test
    void aSalesCallOfferedAsTheAnswerToAQuestionForAdviceIsStillCold() {
        Chat chat = answeredTwoDaysAfterMeeting("Bob this is exactly what we solve, invoicing and reminders in one "
                + "place, most shops save hours a week. Grab 15 min with me https://calendly.com/ana-billing/intro");
        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }

    /** The same question answered with advice, a link to a guide and no call to book, is help. */
    @Test
    void plainAdviceWithAGuideAnsweringTheSameQuestionIsNot() {
        Chat chat = answeredTwoDaysAfterMeeting("Bob I send mine from the provider's own dashboard, and set a "
                + "reminder for day 14. This guide helped me: https://guides.example/invoices");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }
}
