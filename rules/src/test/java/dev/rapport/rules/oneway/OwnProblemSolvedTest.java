package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.text.ProblemSolved;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone helped with a problem of their own who comes back and tells the room it is solved, and what it was, has
 * answered the helpers' questions about it: they were asked to find the fault, and the outcome closes them, whatever
 * became of each guess. A first word back that tells no outcome leaves such a question waiting, as before (since
 * session 57).
 */
class OwnProblemSolvedTest {

    @Test
    void anOpeningThatTellsTheProblemSolvedIsAnOutcome() {
        assertThat(ProblemSolved.opens("Sorted, it was a worn relay in the controller.")).isTrue();
        assertThat(ProblemSolved.opens("fixed! a chafed lead behind the panel")).isTrue();
        assertThat(ProblemSolved.opens("All sorted now. The thermocouple had come loose")).isTrue();
        assertThat(ProblemSolved.opens("Found it: a split seal on the door")).isTrue();
        assertThat(ProblemSolved.opens("found the culprit, the timer board")).isTrue();
        assertThat(ProblemSolved.opens("turns out it was the controller all along")).isTrue();
    }

    @Test
    void anOpeningThatTellsNoOutcomeIsNone() {
        assertThat(ProblemSolved.opens("fixed the shelf bracket and now the door sticks")).isFalse();
        assertThat(ProblemSolved.opens("not sorted yet, trying another element")).isFalse();
        assertThat(ProblemSolved.opens("sorted the glaze orders for the week")).isFalse();
        assertThat(ProblemSolved.opens("still tripping halfway through the firing")).isFalse();
        assertThat(ProblemSolved.opens("I found it hard to choose a kiln")).isFalse();
    }

    @Test
    void staysQuietWhenTheFirstWordBackTellsTheProblemSolvedAndWhatItWas() {
        Chat chat = askedWhileQuiet();
        chat.say("ana", "kiln-help", "Sorted, it was a worn relay in the controller. Thanks all.");
        chat.later(Duration.ofHours(3));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).isEmpty();
    }

    @Test
    void firesWhenTheFirstWordBackTellsNoOutcome() {
        Chat chat = askedWhileQuiet();
        chat.say("ana", "kiln-help", "Still tripping, going to swap the element on Friday.");
        chat.later(Duration.ofHours(3));
        assertThat(chat.findings(ONEWAY_UNANSWERED)).hasSize(1);
    }

    /**
     * Ana asks the room about her kiln; Bo advises; she reports a try under which Cy asks whether the socket's wiring
     * is the original; she writes nothing for three days.
     */
    private static Chat askedWhileQuiet() {
        Chat chat = Chat.coaching("ana");
        MessageId asked = chat.say("ana", "kiln-help",
                "my kiln trips the breaker halfway through a firing, any ideas?");
        chat.later(Duration.ofMinutes(20));
        chat.reply("bo", "kiln-help", asked, "ana", "try a new element first, they go after a few hundred firings");
        chat.later(Duration.ofHours(20));
        MessageId tried = chat.say("ana", "kiln-help", "new element in, still trips near the top temperature");
        chat.later(Duration.ofMinutes(30));
        chat.reply("cy", "kiln-help", tried, "ana", "is the wiring to that socket the original from when it went in?");
        chat.later(Duration.ofDays(3));
        return chat;
    }
}
