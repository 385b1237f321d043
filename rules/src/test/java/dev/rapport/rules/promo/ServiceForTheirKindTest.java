package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One's trade said to be done for the reader's kind ("I make garden studios for plots like yours"), with a call to
 * book, is a service offered to the reader as their customer: a sales call, pitched at a newcomer whose first post
 * asked for nothing. A call to book someone else, beside a past told of oneself ("I had a plot like yours"), sells
 * nothing of the writer's.
 */
class ServiceForTheirKindTest {

    private static Chat underAFirstPost(String reply) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        MessageId hello = chat.say("bo", "owners-ask", "Hello all, new here. We've got a long narrow plot and I'm reading "
                + "up on what can go at the bottom of it. Lots to learn!");
        chat.later(Duration.ofMinutes(20));
        chat.reply("ana", "owners-ask", hello, "bo", reply);
        return chat.finish();
    }

    @Test
    void onesTradeSaidToBeForTheReadersKindWithACallToBookIsAColdPitch() {
        Chat chat = underAFirstPost("Hi Bo, I make garden studios for plots like yours. Book a free call and see "
                + "some drawings: https://anastudios.example/book");
        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }

    @Test
    void aPlotLikeTheirsOnceHadWithACallToBookSomeoneElseIsNoPitch() {
        Chat chat = underAFirstPost("Hi Bo, I had a plot like yours. The council's planning desk does a free call, "
                + "worth it before you spend anything: https://planningdesk.example/book");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }
}
