package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A parent asking the room whether anybody knows a class of some kind near them asks to be pointed at a provider, as
 * "can anyone recommend…" does: a teacher who answers with advice and the free trial lesson they run, with its booking
 * page, answers the request, however new the two are to each other. The same reply under a question that asked only
 * whether something is normal offers a booking nobody asked for: a pitch to a stranger.
 */
class ProviderAskedForByKindTest {
    private static final String REPLY = "six is a fine age to start, most of them can float by the end of a term. "
            + "look for small groups and a teacher who gets in the water with them. we run a free trial lesson on "
            + "Saturday mornings if that helps, book here: https://splashlessons.example/trial";

    private static Chat answered(String question) {
        Chat chat = Chat.builder("wyn").promoDetector(new SelfPromotionDetector()).build();
        MessageId q = chat.say("pip", "parents-ask", question);
        chat.later(Duration.ofMinutes(40));
        chat.reply("wyn", "parents-ask", q, "pip", REPLY);
        return chat.finish();
    }

    @Test
    void aTrialOfferedUnderAskingWhetherAnyoneKnowsAClassAnswersTheRequest() {
        Chat chat = answered("my lad is six and terrified of the deep end. we live near Ilkley, does anybody know a "
                + "swimming class that is gentle with nervous kids?");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void theSameTrialUnderAQuestionThatAskedForNoProviderIsAPitch() {
        Chat chat = answered("my lad is six and terrified of the deep end. is that normal at his age, or should I be "
                + "worried about it?");
        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }
}
