package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asked to help choose, a helper may hand the choice back as a question to weigh and give their own pick at once
 * ("which would you still like after a long shift? i'd go with the close one"): the asker weighs it, nobody owes it a
 * word back. The same question with no pick after it still asks.
 */
class ChoiceWeighedThenPickedTest {
    private static Scene anaAsksHowToChoose() {
        return Scene.coaching("ana").around("ana")
                .says("ana", "general", "two flats on offer, one by the depot and one cheaper across town. how do "
                        + "you pick?");
    }

    @Test
    void staysQuietWhenTheHelpersQuestionToWeighComesWithTheirOwnPick() {
        Chat chat = anaAsksHowToChoose().after(Duration.ofMinutes(20))
                .answers("bob", "general", "ana", "which would you still like after a long shift? I'd go with the "
                        + "one by the depot")
                .stillAround("ana", "studio", "packing boxes all afternoon").build();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenTheHelpersQuestionComesWithNoPickOfTheirOwn() {
        Chat chat = anaAsksHowToChoose().after(Duration.ofMinutes(20))
                .answers("bob", "general", "ana", "which would you still like after a long shift? tell me and "
                        + "I'll look at the bus times")
                .stillAround("ana", "studio", "packing boxes all afternoon").build();
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }
}
