package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import dev.rapport.rules.addressing.AnswerWords;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code oneway.unanswered} and a favour answered by reporting it done: "could you look at the rota tonight?", and that
 * evening, the one asked says in the room, with no reply link, "Done, left comments on both." "Done" answers a favour
 * as "yes" answers a yes-or-no question. A remark of their own in the room ("Done with the laundry at last") does not.
 */
class FavourReportedDoneTest {

    private static Chat askedThenSays(String later) {
        return Scene.coaching("ana").around("ana")
                .asks("bo", "drafts", "ana", "Added your note. Could you look at the two rota pages tonight?")
                .after(Duration.ofHours(9))
                .says("ana", "drafts", later)
                .after(Duration.ofHours(20))
                .stillAround("ana", "general", "lovely sunshine today")
                .build();
    }

    @Test
    void staysQuietWhenHerFirstWordBackReportsItDone() {
        assertThat(askedThenSays("Done, left comments on both.").findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenHerFirstWordBackIsARemarkOfHerOwn() {
        assertThat(askedThenSays("Done with the laundry at last, what a week").findings(ONEWAY_UNANSWERED))
                .hasSize(1);
    }

    @Test
    void aReportOfDoneIsTheWordClosedByAMark() {
        assertThat(AnswerWords.reportsDone("Done, left comments on both.")).isTrue();
        assertThat(AnswerWords.reportsDone("all done!")).isTrue();
        assertThat(AnswerWords.reportsDone("Done with the laundry at last")).isFalse();
        assertThat(AnswerWords.reportsDone("Done? which one?")).isFalse();
    }
}
