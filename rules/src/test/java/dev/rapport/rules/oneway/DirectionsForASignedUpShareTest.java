package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.text.SignedUp;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who signs up under a call for helpers ("in, I'll do the cake stall") and is handed directions for that share
 * by the one who called ("brilliant, could you start with the gluten-free ones?") owes no word back: they said yes to
 * the work already, and doing it answers. A question under their yes that asks what, which or when still waits, and so
 * does the same request under a word of theirs that signed up for nothing.
 */
class DirectionsForASignedUpShareTest {

    @Test
    void signingUpAndDirectionsAreRead() {
        assertThat(SignedUp.says("In. I'll do the cake stall.")).isTrue();
        assertThat(SignedUp.says("in for the raffle and the teas")).isTrue();
        assertThat(SignedUp.says("in the morning I'm at the market")).isFalse();
        assertThat(SignedUp.direction("Brilliant. could you start with the gluten-free ones?")).isTrue();
        assertThat(SignedUp.direction("Brilliant. which day could you do?")).isFalse();
        assertThat(SignedUp.direction("Thanks! could you let me know your hours?")).isFalse();
    }

    @Test
    void staysQuietWhenTheCallerDirectsTheShareTheyJustTookOn() {
        assertThat(underTheirWord("In. I'll do the cake stall.", "Brilliant. could you start with the gluten-free ones?")
                .findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenTheCallerAsksWhichDayUnderTheirYes() {
        assertThat(underTheirWord("In. I'll do the cake stall.", "Brilliant. which day suits you for setting up?")
                .findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void firesWhenTheSameRequestFollowsAWordThatSignedUpForNothing() {
        assertThat(underTheirWord("the cake stall sold out early last year",
                "Brilliant. could you start with the gluten-free ones?").findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    /** Bo calls for helpers; Ana answers with {@code anas}; Bo replies under it; Ana chats on elsewhere for a day. */
    private static Chat underTheirWord(String anas, String bos) {
        Chat chat = Chat.coaching("ana");
        MessageId call = chat.say("bo", "fete", "I've listed the jobs for the summer fete on the board. Who's in?");
        chat.later(Duration.ofMinutes(20));
        MessageId yes = chat.reply("ana", "fete", call, "bo", anas);
        chat.later(Duration.ofMinutes(15));
        chat.reply("bo", "fete", yes, "ana", bos);
        chat.later(Duration.ofHours(3));
        chat.say("ana", "lounge", "the swifts are back over the church tower");
        chat.later(Duration.ofHours(30));
        chat.say("ana", "lounge", "anyone else watching the cricket tonight");
        chat.later(Duration.ofHours(2));
        return chat;
    }
}
