package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone new who answers the seller's question and, in the same reply, asks what she charges asks to be sold to: her
 * price in the room and the quote she sends privately the next day take up their own request, however new they are to
 * each other. The same quote sent to someone whose reply asked only how to do something is still cold.
 */
class TermsAskedInAnAnswerTest {

    /** Bram, new, tells the room about his garden; Odile asks about it; he answers, and she writes to him the next day. */
    private static Chat quotedAfter(String bramsAnswer, String odilesReply) {
        Chat chat = Chat.coaching("odile");
        MessageId hello = chat.say("bram", "general", "hi all, we've just moved into a house with a bare back garden "
                + "and no idea where to start");
        chat.later(Duration.ofMinutes(20));
        MessageId asked = chat.reply("odile", "general", hello, "bram", "welcome Bram! what's the soil like, and does "
                + "it get much sun?");
        chat.later(Duration.ofMinutes(30));
        MessageId answered = chat.reply("bram", "general", asked, "odile", bramsAnswer);
        chat.later(Duration.ofMinutes(30));
        chat.reply("odile", "general", answered, "bram", odilesReply);
        chat.later(Duration.ofHours(23));
        chat.direct("odile", "dm-odile-bram", "bram", "Hi Bram, thanks for the photos. For a plan of the whole "
                + "garden it would be £240 with the site visit, and £60 for the plant list. Does Tuesday suit?");
        chat.later(Duration.ofMinutes(40));
        chat.direct("bram", "dm-odile-bram", "odile", "Tuesday works, see you then");
        return chat.finish();
    }

    @Test
    void aQuoteAfterTheyAskedYourPriceInTheirAnswerTakesUpTheirRequest() {
        Chat chat = quotedAfter("heavy clay, and sun most of the afternoon. roughly what would you charge me to draw one up?",
                "a planting plan for a plot that size is usually £240, visit included. send a few photos over "
                        + "and a full quote follows by message");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void aQuoteAfterTheirAnswerAskedOnlyHowToDoSomethingIsStillCold() {
        Chat chat = quotedAfter("heavy clay, and sun most of the afternoon. is it worth digging compost in first?",
                "yes, a good barrowload per square metre before you plant anything, and leave it over the winter "
                        + "so the frost breaks the clay up");
        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }

    // --- session 64: asked how to book them ---

    /**
     * Wendel asks the room; Odile, a sign-writer, answers; his reply to her ends with {@code wendelsReply}; she answers
     * with her price for his kind of board and her booking page.
     */
    private static Chat termsUnderHisReply(String wendelsReply) {
        Chat chat = Chat.builder("odile").promoDetector(new SelfPromotionDetector()).build();
        MessageId question = chat.say("wendel", "shopfronts", "Our cafe fascia is peeling. Is it worth repainting the "
                + "old board or should we start again with a new one?");
        chat.later(Duration.ofMinutes(40));
        MessageId answer = chat.reply("odile", "shopfronts", question, "wendel", "If the timber is sound, strip and "
                + "repaint: a new board costs three times as much and looks the same from the street.");
        chat.later(Duration.ofMinutes(25));
        MessageId reply = chat.reply("wendel", "shopfronts", answer, "odile", wendelsReply);
        chat.later(Duration.ofMinutes(20));
        chat.reply("odile", "shopfronts", reply, "wendel", "I do. A board like yours is £320 with the lettering; the "
                + "booking page is at odile-signs.example/book");
        return chat.finish();
    }

    @Test
    void herTermsAfterHeAskedHowToBookHerAnswerHisRequest() {
        Chat chat = termsUnderHisReply("Thanks, that saves us a fortune. Do you take on jobs like that? What would it "
                + "come to, and how do I book?");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void herTermsAfterHeAskedOnlyAboutThePaintAreStillCold() {
        Chat chat = termsUnderHisReply("Thanks, that saves us a fortune. Which paint holds up best in the rain?");
        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }
}
