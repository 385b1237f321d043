package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One's own work put at a price on an answer ("my video lessons cover this, £6 each: <page>") is a thing sold riding on
 * the help, as a trade named beside its price is: each such answer is a post of the page, so the same page on three
 * answers in a week is a repeat, and the plugs a habit. The same work pointed to with no price ("my video lessons
 * cover handles: <page>") is help that shows where more of the answer is, and stays help.
 */
class OwnWorkPricedOnAnAnswerTest {

    private static Chat threeAnswers(String first, String second, String third) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        MessageId q1 = chat.say("bo", "pottery-help", "why does my glaze keep crawling off the rim after firing? tried "
                + "wiping the bisque first");
        chat.later(Duration.ofMinutes(40));
        chat.reply("ana", "pottery-help", q1, "bo", first);
        chat.later(Duration.ofDays(1));
        MessageId q2 = chat.say("cy", "pottery-help", "why do my mugs crack at the handle join when they dry?");
        chat.later(Duration.ofMinutes(30));
        chat.reply("ana", "pottery-help", q2, "cy", second);
        chat.later(Duration.ofDays(2));
        MessageId q3 = chat.say("di", "kiln-talk", "what cone do people bisque stoneware to?");
        chat.later(Duration.ofMinutes(30));
        chat.reply("ana", "kiln-talk", q3, "di", third);
        return chat.finish();
    }

    @Test
    void oneOwnWorkAtAPriceOnThreeAnswersIsARepeatAndAPlugHabit() {
        Chat chat = threeAnswers(
                "thin it and dip faster. My video lessons go through glazing too, £6 each: "
                        + "https://anaclay.example/lessons",
                "wrap the join in plastic for a day. My video lessons cover handles, £6 each: "
                        + "https://anaclay.example/lessons",
                "cone 04, then slow the first hour. My video lessons have a firing one, £6: "
                        + "https://anaclay.example/lessons");
        assertThat(chat.findings(LINKS_REPEAT)).isNotEmpty();
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }

    @Test
    void oneOwnWorkPointedToWithoutAPriceOnThreeAnswersStaysHelp() {
        Chat chat = threeAnswers(
                "thin it and dip faster. My video lessons go through glazing too: https://anaclay.example/lessons",
                "wrap the join in plastic for a day. My video lessons cover handles: https://anaclay.example/lessons",
                "cone 04, then slow the first hour. My video lessons have a firing one: "
                        + "https://anaclay.example/lessons");
        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }
}
