package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.text.OfferRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asking which of a kind of outing or course to take ("which walk is easiest for a toddler?", "which class should we
 * book?") asks to be pointed at one, as "can anyone recommend one?" does: a guide who names their own, says why it
 * fits and gives its price and booking page answers the question. The same reply under a question that chose nothing
 * ("is the castle open on Mondays?") offers what nobody asked for, to someone just met.
 */
class WhichOneToTakeAskedTest {

    private static final String REPLY = "The riverside walk is easiest, flat all the way with benches. Mine starts at "
            + "10 from the bridge, £8, book at annawalks.example/river . Bring a snack for the little one!";

    private static Chat replied(String question) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        MessageId q = chat.say("bo", "ask-the-guides", question);
        chat.later(Duration.ofMinutes(20));
        chat.reply("ana", "ask-the-guides", q, "bo", REPLY);
        return chat.finish();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Coming Saturday with a toddler in a backpack. Which walk tour is easiest?",
            "which course is best for a complete beginner?",
            "Which cruises should we book with two grandparents along?"
    })
    void askingWhichOutingOrCourseToTakeAsksForOne(String text) {
        assertThat(OfferRequest.is(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "which tour was that photo taken on?",
            "Which class is on Thursday evenings now?",
            "which trip is that, the one you did last year"
    })
    void askingWhichOneAFactConcernsChoosesNothing(String text) {
        assertThat(OfferRequest.is(text)).as(text).isFalse();
    }

    @Test
    void aGuidesOwnWalkWithItsPriceAndPageAnswersWhichWalkToTake() {
        Chat chat = replied("Coming Saturday with a toddler in a backpack. Which walk tour is easiest?");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void theSameReplyUnderAQuestionThatChoseNothingIsAColdPitch() {
        Chat chat = replied("Coming Saturday with a toddler in a backpack. Is the castle open on Mondays?");
        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }
}
