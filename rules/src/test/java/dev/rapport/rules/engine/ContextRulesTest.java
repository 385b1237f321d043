package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.rule.RuleId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static dev.rapport.rules.rule.RuleId.ONEWAY_BROADCAST;
import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/** The context the engine reads before any rule speaks: the same words, judged by where and to whom they are said. */
class ContextRulesTest {

    private static final ChannelInfo INTRODUCTIONS = ChannelInfo.of("introductions", "Introduce yourself!");

    private static MessageId in(Chat chat, ChannelInfo info, String id, String author, String text, String replyTo,
                                String replyToAuthor) {
        var b = ChatMessage.builder().id(id).at(chat.now().plusSeconds(60)).in(Chat.COMMUNITY, info.name())
                .channelInfo(info).by(author).text(text);
        if (replyTo != null) {
            b.replyTo(replyTo, replyToAuthor);
        }
        chat.later(Duration.ofMinutes(1));
        return chat.feed(b.build());
    }

    @Test
    void anIntroductionWithALinkToOnesWorkIsNotPromotionButRepeatingItElsewhereIs() {
        Chat chat = Chat.coaching("ana");
        in(chat, INTRODUCTIONS, "i1", "ana", "[promo] [ask] I'm Ana, I shoot weddings: https://ana.example, follow me!",
                null, null);
        in(chat, INTRODUCTIONS, "w1", "cai", "Welcome Ana, what do you shoot on?", "i1", "ana");
        in(chat, INTRODUCTIONS, "i2", "ana", "[promo] Thanks! Portra mostly, more at https://insta.example/ana", "w1", "cai");
        assertThat(chat.findings()).as("an introduction and its welcome thread").isEmpty();

        chat.say("ana", "general", "[promo] check out my portfolio https://ana.example");
        chat.later(Duration.ofHours(1));
        chat.say("ana", "general", "[promo] still booking weddings, see https://ana.example");
        assertThat(chat.findings(PROMO_SELF)).hasSize(1);
        assertThat(chat.findings(LINKS_REPEAT)).as("the introduction's link is not a repeat").isEmpty();
    }

    @Test
    void aPitchInReplyToSomeoneElsesIntroductionIsNoIntroduction() {
        Chat chat = Chat.coaching("jax");
        in(chat, INTRODUCTIONS, "i1", "ivy", "Hello, I'm Ivy and I've just started a candle brand", null, null);
        in(chat, INTRODUCTIONS, "p1", "jax", "Welcome Ivy! I design labels and logos from $150. DM me", "i1", "ivy");
        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }

    @Test
    void aWelcomePointingToSomeoneElsesGuideIsHelpNotPromotion() {
        Chat chat = Chat.coaching("kit");
        for (String newcomer : new String[]{"lev", "mo", "nia"}) {
            chat.mention("kit", "welcome", newcomer,
                    "[promo] Welcome! Check out @Jo's beginner guide: https://jo.example/start");
        }
        assertThat(chat.findings()).isEmpty();
    }

    @Test
    void aFollowAskToPeopleIsAnAskNotAColdSaleAndOneMessageGetsOneFinding() {
        Chat chat = Chat.coaching("mia");
        chat.mention("mia", "general", "ola", "[ask] could you follow my new comic page? https://insta.example/mia");
        assertThat(chat.findings()).extracting(f -> f.rule()).containsExactly(ONEWAY_ASKS);
    }

    @Test
    void aPitchToSomeoneJustMetGetsOneFindingNotAPitchAndAPromotion() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "[promo] my shop is open https://ana.shop");
        chat.mention("ana", "general", "bob", "[pitch] [promo] hi Bob, 20% off my candles this week https://ana.shop");
        assertThat(chat.findings()).extracting(f -> f.rule()).containsExactly(SELL_COLD);
    }

    @Test
    void inATwoPersonRoomMessagesWithoutReplyLinksAreConversation() {
        Chat chat = Chat.coaching("wes");
        for (int i = 0; i < 12; i++) {
            chat.say(i % 2 == 0 ? "wes" : "xan", "riso", "printing the teal layer now, round " + i);
        }
        for (int i = 0; i < 10; i++) {
            chat.say("wes", "riso", "trying the pink at seventy percent, take " + i);
        }
        chat.finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).isEmpty();
    }

    @Test
    void inABusyChannelTheSameMessagesAreBroadcasts() {
        Chat chat = Chat.coaching("wes");
        for (int i = 0; i < 12; i++) {
            chat.say("p" + i, "riso", "hello from person " + i);
        }
        for (int i = 0; i < 11; i++) {
            chat.say("wes", "riso", "new print drop today, batch " + i);
        }
        chat.finish();
        assertThat(chat.findings(ONEWAY_BROADCAST)).hasSize(1);
    }

    @Test
    void aReplyToAThankYouIsNotAnAnswerToTheQuestionAskedHoursBefore() {
        Chat chat = Chat.coaching("yara");
        MessageId q = chat.say("zed", "general", "any tips for editing vertical videos faster?");
        MessageId tips = chat.reply("yara", "general", q, "zed", "batch your cuts, captions in one pass");
        MessageId thanks = chat.reply("zed", "general", tips, "yara", "great tips, thanks!");
        chat.later(Duration.ofHours(4));
        chat.reply("yara", "general", thanks, "zed",
                "we'd love to propose a cooperation with your shop, book a call with me https://calendly.com/yara/30");
        assertThat(chat.findings()).extracting(f -> f.rule()).containsExactly(RuleId.SELL_COLD);
    }

    /** Minutes into helping someone, a link to one's own notes in reply to their "ok" goes on with the help. */
    @Test
    void aLinkToOnesOwnNotesForThePersonOneIsHelpingGoesOnWithTheHelp() {
        Chat chat = Chat.coaching("karl");
        MessageId q = chat.say("ekko", "help", "how do I move my whole system to a new disk?");
        MessageId answer = chat.reply("karl", "help", q, "ekko",
                "partition the new disk, make the file systems, then copy everything across with tar");
        MessageId ok = chat.reply("ekko", "help", answer, "karl", "ok, will look into it");
        chat.reply("karl", "help", ok, "ekko", "https://karl.example.org/notes/disk-cloning my script for it");
        chat.finish();
        assertThat(chat.findings()).extracting(f -> f.rule()).doesNotContain(SELL_COLD, PROMO_SELF, ONEWAY_ASKS);
    }

    /** The same reply by someone who had not been helping is an offer to a stranger. */
    @Test
    void aPitchInReplyToSomeoneElsesHelpConversationIsStillAPitch() {
        Chat chat = Chat.coaching("nora");
        MessageId q = chat.say("ekko", "help", "how do I move my whole system to a new disk?");
        MessageId answer = chat.reply("karl", "help", q, "ekko",
                "partition the new disk, make the file systems, then copy everything across with tar");
        MessageId ok = chat.reply("ekko", "help", answer, "karl", "ok, will look into it");
        chat.reply("nora", "help", ok, "ekko",
                "I'd love to propose a cooperation, I migrate systems for $40, book a call https://nora.example.org/book");
        assertThat(chat.findings()).extracting(f -> f.rule()).containsExactly(SELL_COLD);
    }

    /** Asked something, the person's next message in that channel answers it, reply link or not (as on IRC). */
    @Test
    void aLinkPostedRightAfterBeingAskedForItIsAnAnswerNotPromotion() {
        Chat chat = Chat.coaching("ana");
        chat.mention("bob", "help", "ana", "which guide did you follow for the driver?");
        chat.say("ana", "help", "[promo] https://guides.example/wifi-driver");
        chat.later(Duration.ofHours(3));
        chat.mention("cai", "help", "ana", "where did you get the firmware?");
        chat.say("ana", "help", "[promo] https://firmware.example/download");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
        assertThat(chat.report("ana").stats().questionsAnswered()).isEqualTo(2);
    }

    @Test
    void theSameLinksPostedUnaskedArePromotion() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "help", "[promo] https://guides.example/wifi-driver");
        chat.later(Duration.ofHours(3));
        chat.say("ana", "help", "[promo] https://firmware.example/download");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).hasSize(1);
    }
}
