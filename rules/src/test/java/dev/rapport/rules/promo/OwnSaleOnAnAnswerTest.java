package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sale the answer names as the writer's own in the sentence that makes it ("our canal tours are 15% off this month:
 * …") is one's own thing at a discount riding on the help, however the detector scores its words: tacked onto two
 * answers in a week it is the habit of plugging. The same discount passed on for someone else's business claims
 * nothing and stays help.
 */
class OwnSaleOnAnAnswerTest {

    private static Chat twoAnswers(String firstAnswer, String secondAnswer) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        MessageId q1 = chat.say("bo", "ask-a-skipper", "do the boats go out when it rains?");
        chat.later(Duration.ofMinutes(20));
        chat.reply("ana", "ask-a-skipper", q1, "bo", firstAnswer);
        chat.later(Duration.ofDays(2));
        MessageId q2 = chat.say("cy", "ask-a-skipper", "can you bring a dog on a narrowboat trip?");
        chat.later(Duration.ofMinutes(20));
        chat.reply("ana", "ask-a-skipper", q2, "cy", secondAnswer);
        return chat.finish();
    }

    @Test
    void ourDiscountTackedOntoTwoAnswersIsSelfPromotion() {
        Chat chat = twoAnswers("yes unless there's lightning, the cabins are covered and the kettle's always on. "
                        + "also our evening canal tours are 15% off this month if you prefer dusk: "
                        + "https://lockside-cruises.example/evening",
                "most skippers allow a calm dog on a lead, ask before you book and bring a towel. our evening "
                        + "canal tours are still 15% off: https://lockside-cruises.example/evening");
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void theSameDiscountPassedOnForSomeoneElseIsHelp() {
        Chat chat = twoAnswers("yes unless there's lightning, the cabins are covered and the kettle's always on. "
                        + "also the wharf company's evening canal tours are 15% off this month if you prefer dusk: "
                        + "https://lockside-cruises.example/evening",
                "most skippers allow a calm dog on a lead, ask before you book and bring a towel. the wharf "
                        + "company's dusk tours are still 15% off: https://lockside-cruises.example/evening");
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }
}
