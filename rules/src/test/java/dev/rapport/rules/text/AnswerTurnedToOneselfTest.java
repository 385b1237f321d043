package dev.rapport.rules.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Since session 40: an answer that spends itself on its writer, read from its words about oneself and the asker. */
class AnswerTurnedToOneselfTest {

    private static boolean turned(String text) {
        return AnswerTurnedToOneself.is(TextFeatures.of(text));
    }

    @Test
    void anAnswerAllAboutItsWriterTurnsToOneself() {
        assertThat(turned("I never had that trouble, my van is the newest in town and I service it myself")).isTrue();
        assertThat(turned("I check mine every Monday and my figures come out cleaner than I expected")).isTrue();
    }

    @Test
    void anAnswerThatGivesTheAskerSomethingOrTellsLittleOfOneselfDoesNot() {
        // A word for the asker.
        assertThat(turned("same trouble here with my van last spring, I swapped the fuse and my lights came back, try yours"))
                .isFalse();
        // A question back.
        assertThat(turned("I did mine on a Sunday and my numbers were better, which day suits your team?")).isFalse();
        // A little of oneself in service of the answer.
        assertThat(turned("I had the same, I swapped the fuse behind the glovebox and the lights came back")).isFalse();
        // "We" speaks for a business or a team: left as it was.
        assertThat(turned("we charge a farm rate, we find our tyres last longer on the road work we do")).isFalse();
    }
}
