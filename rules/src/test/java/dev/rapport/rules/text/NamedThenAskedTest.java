package dev.rapport.rules.text;

import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who greets the room, then turns to one person by name and goes on with "you" in the next sentence's
 * question, asks that person, though the question's own sentence does not open with the name.
 */
class NamedThenAskedTest {
    private static final UserId ANA = new UserId("41");

    @Test
    void aQuestionInTheSecondPersonAfterANamingSentenceIsPutToTheOneNamed() {
        String text = "Hello all, new here 👋 @Ana Brook you tiled our bathroom last year. Could you check "
                + "a cracked tile for us? no rush";
        assertThat(SpokenTo.asked(text, List.of(ANA))).containsExactly(ANA);
        assertThat(SpokenTo.of(text, List.of(ANA))).containsExactly(ANA);
    }

    /** A question to the room after a name ("does anyone…") is the room's, and a name inside a sentence is a third person. */
    @Test
    void aQuestionWithoutYouOrANameInsideASentenceIsNotPutToThem() {
        String room = "Hello all, new here. @Ana Brook tiled our bathroom last year. Does anyone know a good grout?";
        assertThat(SpokenTo.asked(room, List.of(ANA))).isEmpty();
        String inside = "Hello all, new here. Our bathroom was done by @Ana Brook last year. Could you recommend a "
                + "grout?";
        assertThat(SpokenTo.asked(inside, List.of(ANA))).isEmpty();
        assertThat(SpokenTo.of(inside, List.of(ANA))).isEmpty();
    }
}
