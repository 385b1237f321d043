package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whom a priced offer in a reply speaks to. Tacked onto a real answer with the page where it is had, and asking nobody
 * to get in touch, it is left for whoever reads the thread: a plug aimed at the room, which promo.self counts as one
 * more occasion of promotion, not a cold pitch to the asker, who got their answer. Said under someone's post to
 * "anyone", it is said to the room too. Asked to DM, to book a call, or offered a price of their own, the person
 * replied to is being dealt with one to one, and that is a pitch however much was said first.
 */
class PlugLeftForTheThreadTest {

    private static Chat answered(String question, String answer) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        MessageId q = chat.say("bo", "dye-help", question);
        chat.later(Duration.ofMinutes(30));
        chat.reply("ana", "dye-help", q, "bo", answer);
        return chat.finish();
    }

    @Test
    void aPricedKitLeftWithItsPageOnARealAnswerIsNoColdPitch() {
        Chat chat = answered("why does my indigo vat smell like rotten eggs? it was fine on Monday",
                "that's the vat going too far reduced, it happens when it sits warm for days. add a spoon of chalk and "
                        + "stir it gently, then leave it a night. my starter vat kit has the chalk measured out, $34 → "
                        + "https://anadye.example/kits/indigo");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    /** The same answer, with the kit offered to be sorted out in private: the asker is now being sold to. */
    @Test
    void thePricedKitWithDmMeOnTheSameAnswerIsAColdPitch() {
        Chat chat = answered("why does my indigo vat smell like rotten eggs? it was fine on Monday",
                "that's the vat going too far reduced, it happens when it sits warm for days. add a spoon of chalk and "
                        + "stir it gently, then leave it a night. I sell starter vat kits with the chalk measured out, "
                        + "$34, DM me and I'll post you one");
        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }

    /** A page where one's readings are booked, left for the thread, is a shop's page; a call to book is asked in words. */
    @Test
    void aPricedBookingPageLeftOnARealAnswerIsNoColdPitch() {
        Chat chat = answered("how do you all read the Tower when it comes up in a love spread?",
                "I read it as the thing that had to fall so something honest could be built, not as doom. look at "
                        + "the card after it for what gets built. also, my three-card readings are £12 this month: "
                        + "https://anatarot.example/book");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void aCallToBookAfterTheSameAnswerIsAColdPitch() {
        Chat chat = answered("how do you all read the Tower when it comes up in a love spread?",
                "I read it as the thing that had to fall so something honest could be built, not as doom. look at "
                        + "the card after it for what gets built. my readings are £12 in March, book a free 15-min "
                        + "intro call: https://anatarot.example/book");
        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }

    /** A greeting is no answer: "hi, nice to meet you!" before a priced kit leaves the question unanswered. */
    @Test
    void aGreetingBeforeThePricedKitIsNoAnswer() {
        Chat chat = answered("why does my indigo vat smell like rotten eggs? it was fine on Monday",
                "Hi Bo, nice to meet you! my starter vat kit has the fix, $34 → "
                        + "https://anadye.example/kits/indigo");
        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }

    /** Under someone's finished piece, an offer said to "anyone" with no "you" in it is said to the room. */
    @Test
    void aCourseOfferedToAnyoneUnderSomeonesPieceIsSaidToTheRoom() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        MessageId piece = chat.say("bo", "finished-pieces", "first shibori scarf done! took me all weekend");
        chat.later(Duration.ofMinutes(40));
        chat.reply("ana", "finished-pieces", piece, "bo", "gorgeous! if anyone wants to learn folds like these, my "
                + "online shibori course is 30% off till Friday https://anadye.example/course");
        chat.later(Duration.ofDays(1));
        chat.say("ana", "dye-chat", "shibori course 30% off till Friday, last call: https://anadye.example/course");
        chat.finish();
        assertThat(chat.findings(SELL_COLD)).isEmpty();
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }

    /** The same course put to the maker ("you should…, your…"): an offer aimed at them, a pitch. */
    @Test
    void theCourseOfferedToTheMakerUnderTheirPieceIsAColdPitch() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        MessageId piece = chat.say("bo", "finished-pieces", "first shibori scarf done! took me all weekend");
        chat.later(Duration.ofMinutes(40));
        chat.reply("ana", "finished-pieces", piece, "bo", "gorgeous! if you want your folds crisper, my online shibori "
                + "course is 30% off till Friday https://anadye.example/course");
        chat.finish();
        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }

    @Test
    void theRoomIsNamedAsAnyoneWithNoYouInTheOffer() {
        assertThat(ColdSellRule.toTheRoom("lovely! if anyone wants the pattern, it's £6 in my shop: https://x.example"))
                .isTrue();
        assertThat(ColdSellRule.toTheRoom("for anybody after one, kits are back at $20: https://x.example")).isTrue();
        assertThat(ColdSellRule.toTheRoom("lovely! if anyone asks, tell them yours is £6 in my shop")).isFalse();
        assertThat(ColdSellRule.toTheRoom("lovely! my pattern is £6 in my shop: https://x.example")).isFalse();
    }

    /**
     * Asked which glue she uses, she names her own priced kit and then says what any maker can use instead: the
     * asker got what they asked and advice beside it. "does 95% of the job" is a way of talking, not money off.
     */
    @Test
    void theOwnPricedThingAskedAboutWithAdviceSaidInASharesWayIsNoColdPitch() {
        Chat chat = answered("what glue holds your wallets together @ana? the edges never lift",
                "I mix my own, sold as a kit for $18: https://anaglue.example/kit. but any contact cement thinned a "
                        + "little does 95% of the job");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    /** The same kit with only a share off said beside it: nothing but the offer answers, a pitch. */
    @Test
    void theSameKitWithOnlyAShareOffBesideItIsAColdPitch() {
        Chat chat = answered("what glue holds your wallets together @ana? the edges never lift",
                "I mix my own, sold as a kit for $18: https://anaglue.example/kit. and first orders get 15% off "
                        + "this week");
        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }
}
