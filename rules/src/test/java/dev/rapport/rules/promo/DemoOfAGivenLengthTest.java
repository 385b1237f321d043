package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import dev.rapport.rules.text.Pitch;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A demo booked for a length of time ("book a 20-minute demo") is the sales call "book a demo" is: the minutes only
 * say how long the seller will take. Put under a stranger's trouble, it is a pitch; a game's demo that lasts twenty
 * minutes is played, not booked, and offers nobody a meeting.
 */
class DemoOfAGivenLengthTest {
    private static Scene realWords() {
        return Scene.of(Chat.builder("vera").promoDetector(new SelfPromotionDetector()));
    }

    @Test
    void aDemoOfGivenMinutesBookedUnderAStrangersTroubleIsAColdPitch() {
        Chat chat = realWords().says("tomas", "workshop-chat", "our invoices keep going out with the wrong VAT rate, "
                        + "I end up redoing half of them every month")
                .after(Duration.ofMinutes(15))
                .answers("vera", "workshop-chat", "tomas", "Wrong VAT rates are the first thing Ledgerlight checks for "
                        + "you. Book a 20-minute demo here: https://ledgerlight.test/book")
                .build();

        assertThat(Pitch.is("book a 20-minute demo here", List.of())).isTrue();
        assertThat(Pitch.is("grab a free 15 min demo with our team", List.of())).isTrue();
        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }

    @Test
    void aGamesDemoOfGivenMinutesIsPlayedAndBooksNothing() {
        Chat chat = realWords().says("tomas", "workshop-chat", "finally a quiet evening, no invoices tonight")
                .after(Duration.ofMinutes(15))
                .answers("vera", "workshop-chat", "tomas", "enjoy it! the 20-minute demo of that lighthouse puzzle "
                        + "game came out today, I played it twice")
                .build();

        assertThat(Pitch.is("the 20-minute demo of that puzzle game came out today", List.of())).isFalse();
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }
}
