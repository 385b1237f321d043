package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Book at" a page is a call to book; "book at" an hour tells someone when to book a thing they already use, advice
 * said by one user to another, even beside a word of open slots. Only the page sells.
 */
class BookingHourAdvisedTest {

    private static Chat replyToNewcomer(String reply) {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        MessageId asked = chat.say("bo", "studio-help", "is the kiln booking sheet this slow for everyone or just me?");
        chat.later(Duration.ofMinutes(20));
        chat.reply("ana", "studio-help", asked, "bo", reply);
        return chat.finish();
    }

    @Test
    void whenToBookToldToSomeoneJustMetIsAdviceNotAPitch() {
        Chat chat = replyToNewcomer("Slow for all of us. Book at 8am on the first of the month, the new slots go up "
                + "then. The tech will also save a shelf for you.");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void ownSlotsWithWhereToBookThemToSomeoneJustMetIsStillAPitch() {
        Chat chat = replyToNewcomer("Slow for all of us. I fire my own kiln too, two slots left this month, book "
                + "at https://anakiln.example/firing");
        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }
}
