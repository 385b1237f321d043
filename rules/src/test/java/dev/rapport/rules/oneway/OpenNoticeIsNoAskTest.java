package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.promo.SelfPromotionDetector;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Now open:" before a scheme and its page tells the room the scheme is open, the adjective of a notice: it asks
 * nobody to open anything, and is no ask for attention. "open this:" before one's page is the command, and still asks.
 */
class OpenNoticeIsNoAskTest {

    private static Chat posted(String words) {
        Chat chat = Chat.builder("tam").promoDetector(new SelfPromotionDetector()).build();
        chat.say("tam", "notices", words);
        return chat.finish();
    }

    @Test
    void staysQuietWhenOpenSaysTheSchemeIsOpen() {
        assertThat(posted("Now open: the autumn bursaries for sports clubs, up to £600 each: bursaries.example/autumn")
                .findings(ONEWAY_ASKS)).isEmpty();
    }

    @Test
    void firesWhenOpenTellsTheRoomToOpenTheWritersPage() {
        assertThat(posted("please open this: tam.example/portfolio").findings(ONEWAY_ASKS)).hasSize(1);
    }
}
