package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asking the room for someone near a place who could take a look asks for a local tradesperson's visit: a real
 * answer with the terms of that visit answers the whole question, it is no pitch. The same terms under a question
 * that asked only for advice are an offer nobody asked for.
 */
class LocalVisitAskedTest {

    private static Chat answered(String question, String answer) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        MessageId q = chat.say("bo", "ask-a-plumber", question);
        chat.later(Duration.ofMinutes(40));
        chat.reply("ana", "ask-a-plumber", q, "bo", answer);
        return chat.finish();
    }

    @Test
    void aVisitsPriceAfterRealAdviceAnswersSomeoneWhoAskedForALocalVisit() {
        Chat chat = answered("radiator upstairs stays cold at the top, bled it twice already. is anyone near Wakefield "
                        + "who could take a look?",
                "if bleeding doesn't fix it the pump may be weak or the system needs balancing. I'm in Wakefield, "
                        + "£60 call-out, which comes off the bill if you book the job. message me");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void theSameVisitOfferedUnderAQuestionForAdviceIsAColdPitch() {
        Chat chat = answered("radiator upstairs stays cold at the top, bled it twice already. any idea why?",
                "if bleeding doesn't fix it the pump may be weak or the system needs balancing. I'm in Wakefield, "
                        + "£60 call-out, which comes off the bill if you book the job. message me");
        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }
}
