package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.text.SpokenTo;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code oneway.unanswered} and a reply that first answers the one it replies to, then turns to someone else by name
 * with its question: "Will do, I'll bring the float too. Milo, fancy a ride? It's on my way." under Rosa's request
 * answers Rosa and asks Milo. The question is Milo's; Rosa owes nothing back. Without the name opening the question,
 * it stays Rosa's.
 */
class QuestionTurnedToAnotherAfterAnAnswerTest {
    private static final UserId MILO = new UserId("62");

    /** Rosa asks Mo a favour; Mo replies with {@code reply}, the reader having read Milo's name in it as a mention. */
    private static Chat moRepliesToRosaNamingMilo(String reply) {
        Scene asked = Scene.coaching("rosa").around("rosa").around("milo")
                .says("milo", "rota", "I'll be at the stall from nine on Saturday.")
                .says("rosa", "rota", "Mo, could you bring the cash float on Saturday?")
                .after(Duration.ofMinutes(20));
        return asked.followsUp("mo", "rota", "rosa", "milo", reply)
                .stillAround("rosa", "general", "bunting's up at the hall")
                .build();
    }

    @Test
    void staysQuietWhenTheQuestionAfterTheAnswerCallsSomeoneElse() {
        Chat chat = moRepliesToRosaNamingMilo("Will do, I'll bring the float too. Milo, fancy a ride? It's on my way.");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenTheQuestionOnlyNamesSomeoneInPassing() {
        Chat chat = moRepliesToRosaNamingMilo("Will do, I'll bring the float too. Milo's driving, fancy a ride with him?");
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void theOneCalledIsAskedOnlyWhenEveryQuestionCallsThem() {
        assertThat(SpokenTo.asked("Will do. Milo, fancy a ride? It's on my way.", List.of(MILO)))
                .containsExactly(MILO);
        assertThat(SpokenTo.asked("Will do. Milo, fancy a ride? And are you bringing ink?", List.of(MILO))).isEmpty();
        assertThat(SpokenTo.asked("Fancy a ride? Milo, it's on my way.", List.of(MILO))).isEmpty();
    }
}
