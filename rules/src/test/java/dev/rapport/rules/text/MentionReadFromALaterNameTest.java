package dev.rapport.rules.text;

import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A platform's reader adds a mention for a name a message turns to after its first part ("Thanks @Ana for the loan.
 * And Bo, your tent's back in the shed": {@code bot/coach/NamedTurns}), after the mentions the text marks with "@".
 * Such a mention is said to its person, besides whomever the marked ones speak to.
 */
class MentionReadFromALaterNameTest {
    private static final UserId ANA = new UserId("61");
    private static final UserId BO = new UserId("62");

    @Test
    void aMentionPastTheMarkedOnesIsSaidToItsPerson() {
        String text = "Thanks @Ana Brook for the loan of the stove. And Bo, your tent is back in the shed.";
        assertThat(SpokenTo.of(text, List.of(ANA, BO))).containsExactly(ANA, BO);
    }

    /** With as many mentions as the text marks, a name only copied ("cc @Bo") is still not spoken to. */
    @Test
    void markedMentionsAloneAreReadByWhereTheyStand() {
        String text = "@Ana Brook can you bring the stove on Friday? cc @Bo";
        assertThat(SpokenTo.of(text, List.of(ANA, BO))).containsExactly(ANA);
    }
}
