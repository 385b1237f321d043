package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import dev.rapport.rules.text.NoAnswerAwaited;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code oneway.unanswered} and an idea thrown out in jest: "So pleased. Next year, a cookbook? 😄" under the person's
 * news muses with a grin, and nobody waits on an answer. Put as a question to them ("could you write a cookbook?"), or
 * with a nervous face rather than a grin, it still asks.
 */
class IdeaThrownOutWithAGrinTest {

    private static Chat grinsUnderHerNews(String reply) {
        return Scene.coaching("ana").around("ana")
                .says("ana", "lounge", "The recipe zine is printed and in the shop.")
                .after(Duration.ofMinutes(20))
                .answers("bo", "lounge", "ana", reply)
                .stillAround("ana", "general", "lovely sunshine today")
                .build();
    }

    @Test
    void staysQuietForAnIdeaClosedByAGrin() {
        assertThat(grinsUnderHerNews("So pleased. Next year, a cookbook? 😄").findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenTheGrinCloseAsksHerToDoIt() {
        assertThat(grinsUnderHerNews("So pleased. Next year, could you write a cookbook? 😄")
                .findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    @Test
    void onlyAShortFragmentClosedByAGrinIsAnIdea() {
        assertThat(NoAnswerAwaited.is("Next year, a cookbook? 😄")).isTrue();
        assertThat(NoAnswerAwaited.is("Next year, a cookbook?")).isFalse();
        assertThat(NoAnswerAwaited.is("A cookbook next year? 😅")).isFalse();
        assertThat(NoAnswerAwaited.is("Is it a cookbook next year? 😄")).isFalse();
    }
}
