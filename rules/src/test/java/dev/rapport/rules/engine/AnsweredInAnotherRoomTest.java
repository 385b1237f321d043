package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question put in passing in a help room ("glad it worked! how was the trip to Lisbon?" under one's answer) is
 * often answered where the small talk belongs, in the lounge, minutes later. The person's first word since, said to
 * the room there and naming what the question asked about by its name, answers it; a word elsewhere that shares only a
 * common word with it, a question, or one said to someone else, leaves it waiting.
 */
class AnsweredInAnotherRoomTest {

    /**
     * Tam answers Ola in the help room, Ola thanks Tam there and asks about Tam's trip; Tam's next word, a few minutes
     * later, is {@code said} in the lounge (to {@code to}, when not null).
     */
    private static Chat toldInTheLounge(String said, String to) {
        Chat chat = Chat.coaching("tam");
        var q = chat.say("ola", "sewing-help", "my overlocker keeps skipping stitches on jersey, any idea?");
        var a = chat.reply("tam", "sewing-help", q, "ola", "swap to a stretch needle, a 75 ballpoint, and it stops");
        chat.reply("ola", "sewing-help", a, "tam", "that fixed it, ta. how was the trip to Lisbon?");
        chat.later(Duration.ofMinutes(8));
        if (to == null) {
            chat.say("tam", "lounge", said);
        } else {
            chat.mention("tam", "lounge", to, said);
        }
        chat.later(Duration.ofHours(30));
        return chat;
    }

    @Test
    void theFirstWordSinceInTheLoungeThatNamesWhatWasAskedAnswersIt() {
        assertThat(toldInTheLounge("Lisbon: tiles everywhere and far too many custard tarts", null)
                .findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void aWordElsewhereAboutSomethingElseOrSaidToSomeoneElseLeavesItWaiting() {
        assertThat(toldInTheLounge("the heron is back on the canal this morning", null)
                .findings(ONEWAY_UNANSWERED)).hasSize(1);
        // Only a common word of the question ("trip"), not its name: one's own news.
        assertThat(toldInTheLounge("booked a trip to the coast for the kids, first in years", null)
                .findings(ONEWAY_UNANSWERED)).hasSize(1);
        assertThat(toldInTheLounge("Lisbon next spring, are you still coming?", null)
                .findings(ONEWAY_UNANSWERED)).hasSize(1);
        assertThat(toldInTheLounge("did you book Lisbon in the end, tiles and all", "uma")
                .findings(ONEWAY_UNANSWERED)).hasSize(1);
    }
}
