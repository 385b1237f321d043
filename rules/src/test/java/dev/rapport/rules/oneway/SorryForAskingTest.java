package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first word back that says sorry for asking yet again ("one more sorry, ...") apologises for one's own new
 * question, not for a wait: the question put to the person meanwhile still waits. Sorry for the wait, followed by a
 * question back, is a late answer, as before.
 */
class SorryForAskingTest {

    /** Ivo, quiet since the morning, is asked by name in the evening; his next word there is {@code firstWordBack}. */
    private static Chat askedThenBack(String firstWordBack) {
        Chat chat = Chat.coaching("ivo");
        chat.say("ivo", "bench", "is the long ruler in the drawer meant to be checked every month?");
        chat.later(Duration.ofMinutes(20)).say("kit", "bench", "every quarter is what we do");
        chat.later(Duration.ofHours(14)).mention("kit", "bench", "ivo", "did the new gauge blocks you ordered come "
                + "with their certificates?");
        chat.later(Duration.ofHours(7)).say("ivo", "bench", firstWordBack);
        chat.later(Duration.ofHours(30)).say("ivo", "bench", "finished the torque wrench batch before lunch");
        chat.later(Duration.ofDays(2));
        return chat.finish();
    }

    @Test
    void firesWhenTheFirstWordBackApologisesForAskingAnotherQuestion() {
        assertThat(askedThenBack("one more sorry, how warm do you let the lab get before you stop?")
                .findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void staysQuietWhenTheFirstWordBackApologisesForTheWait() {
        assertThat(askedThenBack("so sorry, out on site all day! how warm do you let the lab get before you stop?")
                .findings(ONEWAY_UNANSWERED)).isEmpty();
    }
}
