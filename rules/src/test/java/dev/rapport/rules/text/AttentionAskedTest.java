package dev.rapport.rules.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Asking someone whether they looked at one's own thing, told apart from asking them about anything else. */
class AttentionAskedTest {

    @Test
    void askingWhetherTheyLookedAtOrTriedOnesOwnThingAsksForAttention() {
        assertThat(AttentionAsked.is("welcome! have you seen my shop yet?")).isTrue();
        assertThat(AttentionAsked.is("did u get a chance to watch our trailer")).isTrue();
        assertThat(AttentionAsked.is("hey Priya, have you tried my sourdough starter kit?")).isTrue();
        assertThat(AttentionAsked.is("Did u watch my latest video")).isTrue();
        assertThat(AttentionAsked.is("have you all heard our new single")).isTrue();
    }

    @Test
    void questionsAboutAnythingElseOrWithOnesOwnThingOutsideTheQuestionAreNot() {
        assertThat(AttentionAsked.is("have you seen the new kiln at the studio?")).isFalse();
        assertThat(AttentionAsked.is("did you try restarting it first?")).isFalse();
        assertThat(AttentionAsked.is("my glaze crawled again, have you seen this before?")).isFalse();
        assertThat(AttentionAsked.is("have you looked at the docs? my setup is the same as yours")).isFalse();
        assertThat(AttentionAsked.is("can you look at my logo and tell me if it reads at small sizes?")).isFalse();
        assertThat(AttentionAsked.is("have a look at my shop")).isFalse();
    }
}
