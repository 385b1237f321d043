package dev.rapport.rules.engine;

import dev.rapport.rules.model.Link;
import dev.rapport.rules.text.Acknowledgement;
import dev.rapport.rules.text.TextFeatures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Since session 37: whether the message being coached thanks is one of its cues, worked out once for the three that
 * ask it of the same message (Recipients, AnsweredInTheRoom, the engine's taken-up check), and it says what
 * {@link Acknowledgement#thanks} says of the message: a short thanks with no question and no link.
 */
class CuesTest {

    private static boolean thanksAsTheTextSays(String text, List<Link> links) {
        return Acknowledgement.thanks(text, TextFeatures.of(text), !links.isEmpty());
    }

    @Test
    void aShortThanksThanksEveryTimeItIsAsked() {
        String text = "cheers Mo, the frame is yours on Thursday";
        Cues cues = Cues.of(text, List.of(), null);

        assertThat(cues.thanks()).isTrue().isEqualTo(thanksAsTheTextSays(text, List.of()));
        assertThat(cues.thanks()).isTrue();
    }

    @Test
    void aQuestionOrALinkAlongTheThanksDoesNotThankEvenAskedAgain() {
        String question = "thanks! could you send the sizes too?";
        Link link = new Link("https://example.org/frames", "example.org/frames", "example.org");
        String withLink = "thanks, here it is https://example.org/frames";
        Cues asks = Cues.of(question, List.of(), null);
        Cues links = Cues.of(withLink, List.of(link), null);

        assertThat(asks.thanks()).isFalse().isEqualTo(thanksAsTheTextSays(question, List.of()));
        assertThat(asks.thanks()).isFalse();
        assertThat(links.thanks()).isFalse().isEqualTo(thanksAsTheTextSays(withLink, List.of(link)));
        assertThat(links.thanks()).isFalse();
    }
}
