package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.promo.SelfPromotionDetector;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One's own work offered on terms that name no price ("I do porches and garden rooms, a free quote and 10% off your
 * first job, drop me a DM") asks to be taken up: a pitch as a priced one is. Under a newcomer's hello that asked only
 * where the playgroup is, it answers nothing and is a pitch to someone just met; under a question asking who does such
 * work, it answers it.
 */
class OwnWorkOnTermsTest {

    private static final ChannelInfo BOARD = ChannelInfo.of("village-board", "lost pets, fetes, hellos, anything local");
    private static final String OFFER = "welcome to the village! if you're thinking of any work on the forge I do "
            + "porches, garden rooms and kitchens, a free quote and 10% off your first job, drop me a DM";

    private static Chat helloThenOffer(String hello) {
        Chat chat = Chat.builder("wren", "ansel", "cleo").promoDetector(new SelfPromotionDetector()).build();
        chat.sayIn(BOARD, "wren", "bins are going out a day late this week, bank holiday");
        chat.later(Duration.ofDays(3));
        MessageId asked = chat.sayIn(BOARD, "ansel", hello);
        chat.later(Duration.ofMinutes(20));
        chat.replyIn(BOARD, "cleo", asked, "ansel", "welcome Ansel! lovely to have you");
        chat.later(Duration.ofMinutes(20));
        chat.replyIn(BOARD, "wren", asked, "ansel", OFFER);
        return chat;
    }

    @Test
    void termsForOnesOwnWorkUnderAHelloThatAskedSomethingElseAreAPitch() {
        Chat chat = helloThenOffer("Hi all! we've just moved into the old forge by the green with two small kids. "
                + "Is there a playgroup anywhere nearby?");

        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }

    @Test
    void theSameTermsUnderAskingWhoDoesSuchWorkAnswerIt() {
        Chat chat = helloThenOffer("Hi all! we've just moved into the old forge by the green. we need someone to put "
                + "up a porch before winter, any names?");

        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }
}
