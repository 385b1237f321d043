package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import dev.rapport.rules.text.SpokenTo;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code oneway.unanswered} and a reply that settles things with two people in turn: "Rosa, you're down for both
 * Saturdays. Milo, could you take the Sunday with her?" under Rosa's offer tells Rosa something and asks Milo. The
 * question is Milo's, not Rosa's, though the reply sits under Rosa's words; without a second name it stays Rosa's.
 */
class QuestionTurnedToTheNextPersonTest {

    /** Rosa offers to cover; Mo replies to her with {@code reply}; Rosa stays around and says nothing to it. */
    private static Chat moRepliesToRosa(String reply) {
        Scene offered = Scene.coaching("rosa").around("rosa")
                .says("rosa", "rota", "I can do both Saturdays at the stall next month.")
                .after(Duration.ofMinutes(20));
        return offered.answers("mo", "rota", "rosa", reply)
                .stillAround("rosa", "general", "bunting's up at the hall")
                .build();
    }

    @Test
    void staysQuietWhenTheQuestionTurnsToSomeoneElseByName() {
        Chat chat = moRepliesToRosa("Rosa, you're down for both Saturdays. Milo, could you take the Sunday with her?");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenTheQuestionAfterHerNameStaysWithHer() {
        Chat chat = moRepliesToRosa("Rosa, you're down for both Saturdays. Could you take the Sunday as well?");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    /** As {@link #moRepliesToRosa}, the reader having added Milo as a mention from his name in the text (no "@"). */
    private static Chat moRepliesToRosaNamingMilo(String reply) {
        Scene offered = Scene.coaching("rosa").around("rosa").around("milo")
                .says("milo", "rota", "Happy to help out on the Sunday if anyone needs me.")
                .says("rosa", "rota", "I can do both Saturdays at the stall next month.")
                .after(Duration.ofMinutes(20));
        return offered.followsUp("mo", "rota", "rosa", "milo", reply)
                .stillAround("rosa", "general", "bunting's up at the hall")
                .build();
    }

    @Test
    void staysQuietWhenTheNameTheQuestionTurnsToWasAlsoReadAsAMention() {
        Chat chat = moRepliesToRosaNamingMilo("Rosa, you're down for both Saturdays. Milo, could you take the Sunday "
                + "with her?");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenTheQuestionStaysWithHerThoughAnotherNameWasReadAsAMention() {
        Chat chat = moRepliesToRosaNamingMilo("Rosa, you're down for both Saturdays. Could you take the Sunday as "
                + "well? Milo's away then.");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void aWordThatOpensWithACommaCallsNobody() {
        assertThat(SpokenTo.questionTurnedToAnother("Rosa, you're down for both Saturdays. Perfect, could you bring "
                + "the float?")).isFalse();
        assertThat(SpokenTo.questionTurnedToAnother("Rosa, you're down. Rosa, could you bring the float?")).isFalse();
        assertThat(SpokenTo.questionTurnedToAnother("Rosa, you're down for both Saturdays. Milo, could you take the "
                + "Sunday with her?")).isTrue();
    }
}
