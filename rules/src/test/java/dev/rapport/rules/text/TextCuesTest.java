package dev.rapport.rules.text;

import dev.rapport.rules.links.LinkExtractor;
import dev.rapport.rules.model.Link;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Cues worked out in one go, ahead of the engine, are the answers each cue gives when asked on its own. */
class TextCuesTest {
    /**
     * Sentences written for this test: questions, problems, pitches, thanks, nods, links, a leave, clients sought and
     * served, a tool, requests for offers and opinions, hiring, a favour asked, and none of these.
     */
    private static final List<String> TEXTS = List.of(
            "", "ok", "👍", "thanks!", "Thank you so much for the tip!", "ok thanks, will do",
            "perfect, cheers", "thanks! the electric one works better for small pots",
            "how do I stop the form reloading?", "why does the printer keep jamming", "my laptop won't boot since Monday",
            "I get an error when I upload the file", "Is there any way to export the list?",
            "Logo design from $150, DM me for details", "We help shops like yours grow. Book a call now: https://calendly.com/x",
            "my new course is out, $49 at https://example.org/course", "check out my portfolio https://example.org/me",
            "Interested in a partnership? Let's book a 15-minute call", "The meeting moved to Thursday at six.",
            "I don't know, I never tried that brand", "Thanks @Bea", "cheers mate https://example.org/guide",
            "İstanbul was lovely, thanks all", "WHY IS THIS BROKEN", "we run a small bakery and love it here",
            "heading off now, back on Thursday", "I really need more clients before the winter",
            "two of my clients asked about gutters this week", "I use Trello for all my orders",
            "looking for someone to fix a leaking tap, DM me your rates", "would love some thoughts on my new menu",
            "we're hiring a part-time bookkeeper", "could you follow my page and leave a review please?");

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
            assertThat(cues.thanks()).as(text).isEqualTo(Acknowledgement.thanks(text, features, hasLinks));
            assertThat(cues.absenceNotice()).as(text).isEqualTo(AbsenceNotice.is(text));
            assertThat(cues.seeksClients()).as(text).isEqualTo(SeeksClients.is(text));
            assertThat(cues.servesClients()).as(text).isEqualTo(ServesClients.is(text));
            assertThat(cues.toolsUsed()).as(text).isEqualTo(ToolsUsed.of(text));
            assertThat(cues.offerRequest()).as(text).isEqualTo(OfferRequest.is(text));
            assertThat(cues.roomRequest()).as(text).isEqualTo(RoomRequest.is(text));
            assertThat(cues.hiring()).as(text).isEqualTo(Hiring.is(text));
            assertThat(cues.favourAsk()).as(text).isEqualTo(FavourAsk.is(text));
            assertThat(cues.echoWords()).as(text).isEqualTo(EchoQuestion.words(text));
        }
    }

    @Test
    void everyReadingAheadIsTrueOfSomeSentenceSoNoneIsLeftUnchecked() {
        // Each cue above is compared with its own class; a cue that no sentence here turns on would be compared only
        // with "no", and a prepared cue wired to the wrong reading could pass.
        List<TextCues> all = TEXTS.stream().map(t -> TextCues.of(t, LinkExtractor.extract(t))).toList();

        assertThat(all).anyMatch(TextCues::thanks).anyMatch(TextCues::absenceNotice).anyMatch(TextCues::seeksClients)
                .anyMatch(TextCues::servesClients).anyMatch(c -> c.toolsUsed().length > 0)
                .anyMatch(TextCues::offerRequest).anyMatch(TextCues::roomRequest).anyMatch(TextCues::hiring)
                .anyMatch(TextCues::favourAsk).anyMatch(c -> c.echoWords().length > 0);
    }

    @Test
    void cuesWorkedOutTwiceAreEqualThoughTheirWordHashesAreTwoArrays() {
        String text = "I use Trello for my shop orders, anyone here hiring a bookkeeper?";
        List<Link> links = LinkExtractor.extract(text);

        assertThat(TextCues.of(text, links)).isEqualTo(TextCues.of(text, links))
                .hasSameHashCodeAs(TextCues.of(text, links));
    }

    @Test
    void cuesThatDifferInAnyOneComponentAreNotEqual() throws ReflectiveOperationException {
        // equals and hashCode are written by hand (the word hashes are arrays): a component added to the record but
        // not to them would make two different readings equal. Each component in turn is changed alone.
        String text = "I use Trello for my shop orders, anyone here hiring a bookkeeper?";
        TextCues cues = TextCues.of(text, LinkExtractor.extract(text));
        RecordComponent[] components = TextCues.class.getRecordComponents();
        Constructor<TextCues> canonical = TextCues.class.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));

        for (int changed = 0; changed < components.length; changed++) {
            Object[] values = new Object[components.length];
            for (int c = 0; c < components.length; c++) {
                values[c] = components[c].getAccessor().invoke(cues);
            }
            values[changed] = another(values[changed]);
            TextCues other = canonical.newInstance(values);

            assertThat(other).as(components[changed].getName()).isNotEqualTo(cues);
            assertThat(other.hashCode()).as(components[changed].getName()).isNotEqualTo(cues.hashCode());
        }
    }

    /** A value of the same type as {@code value} and not equal to it. */
    private static Object another(Object value) {
        if (value instanceof Boolean b) {
            return !b;
        }
        if (value instanceof int[] words) {
            int[] more = Arrays.copyOf(words, words.length + 1);
            more[words.length] = 7;
            return more;
        }
        if (value instanceof TextFeatures) {
            return TextFeatures.of("a different sentence, with a question?");
        }
        if (value instanceof List<?>) {
            return LinkExtractor.extract("see https://other.example/page");
        }
        throw new IllegalArgumentException("no other value for " + value.getClass());
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
