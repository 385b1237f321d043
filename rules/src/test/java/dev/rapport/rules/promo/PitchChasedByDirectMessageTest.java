package dev.rapport.rules.promo;

import dev.rapport.rules.Scene;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * By direct message nobody replies to their own message: the sender's next message, with no word from the other side
 * in between, follows up the one before. After a pitch it chases the pitch and is owed no answer; after an ordinary
 * question it chases the question, which still waits.
 */
class PitchChasedByDirectMessageTest {

    @Test
    void staysQuietWhenTheSenderChasesTheirOwnPitchDaysLater() {
        assertThat(chased("[pitch] hi Ana, our studio-booking app runs your classes for you, from $29 a month",
                "hi again, any thoughts? happy to set you up this week")
                .build().findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenTheSendersQuestionFollowsAWordFromThem() {
        // Ana wrote back in between: the conversation is theirs now, and Bob's question is a turn in it.
        Scene scene = Scene.coaching("ana").around("ana")
                .writesDirectly("bob", "dm-bob-ana", "ana", "[pitch] hi Ana, our studio-booking app runs your classes "
                        + "for you, from $29 a month")
                .writesDirectly("ana", "dm-bob-ana", "bob", "maybe, I teach on Tuesdays and Thursdays only")
                .after(Duration.ofDays(3))
                .writesDirectly("bob", "dm-bob-ana", "ana", "hi again, any thoughts? happy to set you up this week")
                .stillAround("ana", "general", "glazing day, the studio smells of wax");
        assertThat(scene.build().findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    /** Bob writes Ana by DM, then again three days later; she is around in the server, and a day passes. */
    private static Scene chased(String first, String followUp) {
        return Scene.coaching("ana").around("ana")
                .writesDirectly("bob", "dm-bob-ana", "ana", first)
                .after(Duration.ofDays(3))
                .writesDirectly("bob", "dm-bob-ana", "ana", followUp)
                .stillAround("ana", "general", "glazing day, the studio smells of wax");
    }
}
