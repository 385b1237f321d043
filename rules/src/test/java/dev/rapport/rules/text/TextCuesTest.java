package dev.rapport.rules.text;

import dev.rapport.rules.links.LinkExtractor;
import dev.rapport.rules.model.Link;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Cues worked out in one go, ahead of the engine, are the answers each cue gives when asked on its own. */
class TextCuesTest {
    /** Sentences written for this test: questions, problems, pitches, thanks, nods, links, and none of these. */
    private static final List<String> TEXTS = List.of(
            "", "ok", "👍", "thanks!", "Thank you so much for the tip!", "ok thanks, will do",
            "perfect, cheers", "thanks! the electric one works better for small pots",
            "how do I stop the form reloading?", "why does the printer keep jamming", "my laptop won't boot since Monday",
            "I get an error when I upload the file", "Is there any way to export the list?",
            "Logo design from $150, DM me for details", "We help shops like yours grow. Book a call now: https://calendly.com/x",
            "my new course is out, $49 at https://example.org/course", "check out my portfolio https://example.org/me",
            "Interested in a partnership? Let's book a 15-minute call", "The meeting moved to Thursday at six.",
            "I don't know, I never tried that brand", "Thanks @Bea", "cheers mate https://example.org/guide",
            "İstanbul was lovely, thanks all", "WHY IS THIS BROKEN", "we run a small bakery and love it here");

    @Test
    void eachCueIsTheAnswerItsOwnClassGives() {
        for (String text : TEXTS) {
            List<Link> links = LinkExtractor.extract(text);
            TextCues cues = TextCues.of(text, links);
            TextFeatures features = TextFeatures.of(text);
            boolean hasLinks = !links.isEmpty();

            assertThat(cues.features()).as(text).isEqualTo(features);
            assertThat(cues.helpRequest()).as(text).isEqualTo(HelpRequest.is(text));
            assertThat(cues.pitch()).as(text).isEqualTo(Pitch.is(text, links));
            assertThat(cues.acknowledgement()).as(text).isEqualTo(Acknowledgement.is(text, features, hasLinks));
            assertThat(cues.onlyThanks()).as(text).isEqualTo(Acknowledgement.onlyThanks(text, features, hasLinks));
            assertThat(cues.onlyANod()).as(text).isEqualTo(Acknowledgement.onlyANod(text, features, hasLinks));
        }
    }

    @Test
    void cuesFitTheLinksTheyWereWorkedOutWithAndNoOthers() {
        String text = "Logo design from $150, book a call today: https://calendly.com/x";
        List<Link> links = LinkExtractor.extract(text);
        TextCues cues = TextCues.of(text, links);

        assertThat(cues.fits(links)).isTrue();
        assertThat(cues.fits(new ArrayList<>(links))).isTrue();
        assertThat(cues.fits(List.of())).isFalse();
    }
}
