package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer is help, but one's own paid thing offered at the end of it, with where to get it ("hope that helps! btw
 * my course covers this, 30% off this week: …"), answers nothing that was asked: help that carries one's own sale is
 * still promotion of it, told as a habit of plugging rather than as a cold pitch, since help came first. Pointing to
 * a free guide is help, and so is one's own offer when the question asked for one.
 */
class PlugOnAnAnswerTest {

    private static Chat twoAnswers(String firstQuestion, String firstAnswer, String secondQuestion,
                                   String secondAnswer) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        MessageId q1 = chat.say("bo", "glaze-help", firstQuestion);
        chat.later(Duration.ofMinutes(20));
        chat.reply("ana", "glaze-help", q1, "bo", firstAnswer);
        chat.later(Duration.ofDays(2));
        MessageId q2 = chat.say("cy", "glaze-help", secondQuestion);
        chat.later(Duration.ofMinutes(20));
        chat.reply("ana", "glaze-help", q2, "cy", secondAnswer);
        return chat.finish();
    }

    @Test
    void aDiscountedCourseOfOnesOwnTackedOntoTwoAnswersIsSelfPromotion() {
        Chat chat = twoAnswers("why does my celadon crawl off the rim?",
                "usually the bisque is dusty or the glaze too thick. wipe it with a wet sponge first. hope that "
                        + "helps! btw my glazing course covers this in lesson 3, it's 25% off this week: "
                        + "https://kilnroom.example/course",
                "how thin should a dipping glaze be?",
                "aim for the thickness of single cream, a hydrometer helps. if you want the whole method, my "
                        + "glazing course is 25% off till Friday https://kilnroom.example/course");
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
        // Help came first, to the people who asked: a habit of plugging, not a cold pitch to strangers.
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void answersThatPointToAFreeGuideAreHelp() {
        Chat chat = twoAnswers("why does my celadon crawl off the rim?",
                "usually the bisque is dusty or the glaze too thick. wipe it with a wet sponge first, this guide "
                        + "has photos: https://glazewiki.example/crawling",
                "how thin should a dipping glaze be?",
                "aim for the thickness of single cream, a hydrometer helps: https://glazewiki.example/dipping");
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void onesOwnCourseOfferedWhereTheQuestionAskedForOneAnswersIt() {
        Chat chat = twoAnswers("can anyone recommend a glazing course for beginners?",
                "mine starts next month and is 25% off this week: https://kilnroom.example/course",
                "any recommendations for an online class on glaze chemistry?",
                "my glazing course has a chemistry module, 25% off till Friday https://kilnroom.example/course");
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    /**
     * A reply that is nothing but one's priced offer gave no help first: to someone one never spoke with, the offer
     * is the whole answer, a cold pitch.
     */
    @Test
    void aReplyThatIsOnlyAPricedOfferOfOnesOwnToAStrangerIsAColdPitch() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        MessageId q = chat.say("bo", "fair-stalls", "does anyone have a simple packing list for a craft fair? first one "
                + "is next month and I'm nervous");
        chat.later(Duration.ofMinutes(20));
        chat.reply("ana", "fair-stalls", q, "bo", "my stall kit has a full packing list, $19 → https://stallkit.example/kit");
        chat.finish();
        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }

    /** One's course sold on one answer, then brought with its link to the next answer: the same offer again. */
    @Test
    void theSoldLinkBroughtToTheNextAnswerIsTheSameOfferAgain() {
        Chat chat = twoAnswers("why does my celadon crawl off the rim?",
                "usually the bisque is dusty or the glaze too thick. wipe it with a wet sponge first. my glazing "
                        + "course covers this in lesson 3, 25% off this week: https://kilnroom.example/course",
                "how thin should a dipping glaze be?",
                "aim for the thickness of single cream, a hydrometer helps. my glazing course covers it in lesson 4 "
                        + "→ https://kilnroom.example/course");
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }

    @Test
    void ownNotesLinkedOnTwoAnswersSellNothing() {
        Chat chat = twoAnswers("why does my celadon crawl off the rim?",
                "usually the bisque is dusty or the glaze too thick. wipe it with a wet sponge first. my notes on "
                        + "it are here → https://anakiln.example/notes",
                "how thin should a dipping glaze be?",
                "aim for the thickness of single cream, a hydrometer helps. my notes cover that too → "
                        + "https://anakiln.example/notes");
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    /** A call to book offered by someone who sold their course to the room that week is a sales call. */
    @Test
    void aCallToBookFromSomeoneSellingThisWeekIsAColdPitch() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.say("ana", "kiln-talk", "my glazing course starts Monday, 25% off this week: https://kilnroom.example/course");
        chat.later(Duration.ofDays(1));
        MessageId q = chat.say("cy", "careers", "how did each of you land your first pottery commission? I'm a teacher "
                + "trying to switch");
        chat.later(Duration.ofMinutes(20));
        chat.reply("ana", "careers", q, "cy", "happy to map it out with you, book a free 20-min intro call: "
                + "https://calendly.com/ana-kiln/20min");
        chat.finish();
        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }

    @Test
    void aCallOfferedBySomeoneWhoSellsNothingIsNoPitch() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.say("ana", "kiln-talk", "finally got an even reduction on the last firing, cone 10 all round");
        chat.later(Duration.ofDays(1));
        MessageId q = chat.say("cy", "careers", "how did each of you land your first pottery commission? I'm a teacher "
                + "trying to switch");
        chat.later(Duration.ofMinutes(20));
        chat.reply("ana", "careers", q, "cy", "happy to map it out with you, book a free 20-min intro call: "
                + "https://calendly.com/ana-kiln/20min");
        chat.finish();
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }
}
