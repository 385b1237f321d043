package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A private message to someone one has never exchanged a word with, asking them to book a call on one's calendar,
 * is a sale whatever its words call it: nobody books a stranger's time unasked except to hear an offer. Between
 * people who have talked, the same link only sets up a meeting.
 */
class BookingLinkToAStrangerTest {
    private static final String CALL = "Hi Rosa! I help first-time landlords get their rental paperwork in order. "
            + "Could we grab 15 minutes before Friday? https://calendly.com/deskwise-lena/intro";

    private static Scene realWords() {
        return Scene.of(Chat.builder("lena").promoDetector(new SelfPromotionDetector()));
    }

    @Test
    void aCallToBookSentPrivatelyToSomeoneNeverSpokenToIsAColdSale() {
        Chat chat = realWords().says("rosa", "general", "finally got the keys to the flat I'm letting out!")
                .after(Duration.ofHours(2))
                .writesDirectly("lena", "dm-lena-rosa", "rosa", CALL).build();

        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }

    @Test
    void theSameLinkToSomeoneOneHasTalkedWithSetsUpAMeeting() {
        Chat chat = realWords().says("rosa", "general", "finally got the keys to the flat I'm letting out!")
                .answers("lena", "general", "rosa", "congrats! was the deposit scheme a pain to sort out?")
                .answers("rosa", "general", "lena", "a bit, the forms are a maze honestly")
                .after(Duration.ofHours(2))
                .writesDirectly("lena", "dm-lena-rosa", "rosa", CALL).build();

        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }
}
