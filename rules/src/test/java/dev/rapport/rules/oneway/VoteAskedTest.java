package dev.rapport.rules.oneway;

import dev.rapport.rules.Scene;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A vote asked for with the link to cast it is answered by voting, out of sight: nobody owes the asker a word back,
 * whoever's entry it is. Asked without a link, "would you vote for ... or ...?" asks an opinion, which is owed one.
 */
class VoteAskedTest {

    @Test
    void staysQuietWhenAskedToVoteForANamedEntryWithItsLink() {
        assertThat(Scene.coaching("ana").around("ana")
                .asks("bob", "general", "ana", "could you vote for Pip and her lamb pls?? closes Friday "
                        + "https://showfield.example/contest/entry/12")
                .stillAround("ana", "studio", "glazing day, the studio smells of wax")
                .build().findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenAskedWhichWayTheyWouldVoteWithoutALink() {
        assertThat(Scene.coaching("ana").around("ana")
                .asks("bob", "general", "ana", "would you vote for the blue banner or the green one for the fair?")
                .stillAround("ana", "studio", "glazing day, the studio smells of wax")
                .build().findings(ONEWAY_UNANSWERED)).hasSize(1);
    }
}
