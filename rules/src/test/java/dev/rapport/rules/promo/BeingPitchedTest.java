package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_GIVE_TAKE;
import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person on the receiving end of a pitch: a fair coach does not tell them to answer a seller's "interested?"
 * nor to give back to someone who only tried to sell to them. A real question or real help still counts.
 */
class BeingPitchedTest {

    @Test
    void aDirectQuestionWaitsForItsAnswer() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "morning all");
        chat.direct("bob", "dm-bob-ana", "ana", "hi Ana, do you ship to Canada?");
        // Ana is around (she writes in the server), so the question waits on her, not on her return.
        chat.later(Duration.ofHours(2)).say("ana", "general", "new mugs are out of the kiln");
        chat.later(Duration.ofHours(23));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void aPitchsQuestionLeftUnansweredIsNotAQuestionWaiting() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "morning all");
        chat.direct("bob", "dm-bob-ana", "ana", "[pitch] hi Ana, growth packages from $99, interested?");
        chat.later(Duration.ofHours(25));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void helpOnThreeDaysIsAFavourToReturn() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 3; i++) {
            chat.later(Duration.ofHours(i == 0 ? 0 : 20)).mention("bob", "general", "ana", "here is a tip for your shop " + i);
        }
        chat.say("ana", "general", "busy day");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).hasSize(1);
    }

    @Test
    void pitchesOnThreeDaysAreNoFavourToReturn() {
        Chat chat = Chat.coaching("ana");
        for (int i = 0; i < 3; i++) {
            chat.later(Duration.ofHours(i == 0 ? 0 : 20)).mention("bob", "general", "ana",
                    "[pitch] my agency can grow your shop, packages from $99, offer " + i);
        }
        chat.say("ana", "general", "busy day");
        chat.finish();
        assertThat(chat.findings(ONEWAY_GIVE_TAKE)).isEmpty();
    }
}
