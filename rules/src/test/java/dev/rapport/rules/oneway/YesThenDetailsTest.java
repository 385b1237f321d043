package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A yes to someone's offer that goes straight on to settle a detail with a question ("@Cleo Marsh yes please, Thursday
 * after six?") answers the offer, though the whole message is one question: it opens as an answer. A question of one's
 * own on another matter put to them instead leaves their offer waiting.
 */
class YesThenDetailsTest {

    /** Cleo offers Ana help and asks whether to talk first; half an hour later Ana says {@code toCleo} to her. */
    private static Chat offerThenAnswer(String toCleo) {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "stalls", "looking for someone to cover my market stall on the last Saturday of the month");
        chat.later(Duration.ofHours(1)).mention("cleo", "stalls", "ana", "@Ana I can cover that Saturday! shall we go "
                + "over the float on a call first?");
        chat.later(Duration.ofMinutes(30)).mention("ana", "stalls", "cleo", toCleo);
        chat.later(Duration.ofHours(40)).say("ana", "lounge", "sold the last of the blue mugs this morning");
        chat.later(Duration.ofDays(2));
        return chat.finish();
    }

    @Test
    void firesWhenTheReplyIsAQuestionOnAnotherMatter() {
        assertThat(offerThenAnswer("@Cleo Marsh did the new card reader you ordered ever arrive?")
                .findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void staysQuietWhenTheReplySaysYesAndAsksWhen() {
        assertThat(offerThenAnswer("@Cleo Marsh yes please, Thursday after six?")
                .findings(ONEWAY_UNANSWERED)).isEmpty();
    }
}
