package dev.rapport.rules.text;

import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who pings a person by their @name as the owner of the work they tell of ("my neighbour said @Ana Brook's
 * crew packed her flat in a day") and asks "you" in the very next sentence asks that person, though the name stands
 * inside a sentence about their work.
 */
class OwnerNamedThenAskedTest {
    private static final UserId ANA = new UserId("41");

    @Test
    void aSecondPersonQuestionRightAfterTheirWorkNamedByTheirPingIsPutToThem() {
        String text = "Hello, we're moving house in May. My neighbour said @Ana Brook's crew packed her whole flat in a "
                + "day. Are you free on the 12th?";
        assertThat(SpokenTo.ownerAsked(text, List.of(ANA))).containsExactly(ANA);
        assertThat(SpokenTo.ownerAsked("<@41>'s crew packed our flat. Could you do my mum's in June?", List.of(ANA)))
                .containsExactly(ANA);
    }

    /** A question to the room, a name told without a thing of theirs, or a question further on asks nobody by it. */
    @Test
    void aQuestionToTheRoomOrANameWithoutTheirWorkIsNotPutToThem() {
        assertThat(SpokenTo.ownerAsked("We're moving house in May. My neighbour said @Ana Brook's crew packed her "
                + "whole flat in a day. Does anyone know a storage unit?", List.of(ANA))).isEmpty();
        assertThat(SpokenTo.ownerAsked("I asked @Ana Brook about it yesterday. Are you going on Friday?",
                List.of(ANA))).isEmpty();
        assertThat(SpokenTo.ownerAsked("@Ana Brook's crew packed our flat. The boxes are still in the hall. Are you "
                + "coming to the quiz?", List.of(ANA))).isEmpty();
    }
}
