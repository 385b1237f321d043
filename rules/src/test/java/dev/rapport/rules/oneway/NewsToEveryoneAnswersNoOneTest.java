package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Back after a quiet spell, a first word that speaks to the whole room ("kiln news: every glaze order from last month
 * is fired, thanks for your patience everyone") says "your" to everyone: it is news for all, not the catching up on
 * the one question that waited for her, which still waits. Said to the one who asked ("so sorry for the wait, your
 * glaze is fired") it answers as before.
 */
class NewsToEveryoneAnswersNoOneTest {

    /** Ana last spoke days ago; Bo asks her by name; the next morning she writes {@code words} there, and no more. */
    private static Chat anaBackWith(String words) {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "orders", "kiln is loaded, firing tonight");
        chat.later(Duration.ofDays(3)).mention("bo", "orders", "ana", "my celadon bowl came out pink. is it ruined? should I send it back?");
        chat.later(Duration.ofHours(15)).say("ana", "orders", words);
        chat.later(Duration.ofHours(40)).say("ana", "lounge", "new clay delivery, two tonnes of it");
        return chat.finish();
    }

    @Test
    void firesWhenHerFirstWordBackIsNewsForEveryone() {
        assertThat(anaBackWith("kiln news: every glaze order from last month is fired, thanks for your patience everyone")
                .findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void staysQuietWhenHerFirstWordBackIsSaidToTheOneWhoAsked() {
        assertThat(anaBackWith("so sorry for the wait, your bowl is fine, copper reds do that in a reduction firing")
                .findings(ONEWAY_UNANSWERED)).isEmpty();
    }
}
