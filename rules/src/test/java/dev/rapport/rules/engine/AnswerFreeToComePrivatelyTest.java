package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question whose asker leaves the answer free to come in private ("... (DMs fine)", "feel free to DM me") may be
 * answered where the coach cannot see: quiet in the channel is no sign it went unanswered. The same question without
 * that leave still waits, and so does one asking to be messaged ("DM me the details?").
 */
class AnswerFreeToComePrivatelyTest {

    private static Chat askedThenQuiet(String question) {
        Chat chat = Chat.coaching("ola");
        chat.say("ola", "yard", "we bolt a wheel clamp on every trailer left out overnight now");
        chat.later(Duration.ofMinutes(30)).mention("pim", "yard", "ola", question);
        chat.later(Duration.ofHours(3)).say("ola", "market", "two spare pallets by the gate if anyone wants them");
        chat.later(Duration.ofHours(30)).say("ola", "market", "pallets have gone, thanks all");
        chat.later(Duration.ofDays(2));
        return chat.finish();
    }

    @Test
    void staysQuietWhenTheAskerSaysAnAnswerByDirectMessageIsFine() {
        assertThat(askedThenQuiet("which clamp brand have you gone with? (DMs fine)").findings(ONEWAY_UNANSWERED))
                .isEmpty();
        assertThat(askedThenQuiet("which clamp brand have you gone with? feel free to DM me")
                .findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenTheQuestionLeavesNoSuchRoomOrAsksToBeMessaged() {
        assertThat(askedThenQuiet("which clamp brand have you gone with?").findings(ONEWAY_UNANSWERED)).hasSize(1);
        assertThat(askedThenQuiet("which clamp brand have you gone with? DM me the details?")
                .findings(ONEWAY_UNANSWERED)).hasSize(1);
    }
}
