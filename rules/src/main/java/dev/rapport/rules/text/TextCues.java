package dev.rapport.rules.text;

import dev.rapport.rules.model.Link;

import java.util.List;

/**
 * The text cues of one message that depend on its text and links alone, worked out in one go: the same answers as
 * asking {@link TextFeatures}, {@link HelpRequest}, {@link Pitch} and {@link Acknowledgement} one by one, so they can
 * be worked out away from the thread that coaches (replay's reading thread) and only looked up there. Nothing of the
 * text is kept but the {@code links} it was worked out with, which say whether it still fits a message.
 *
 * @param links           the links the cues were worked out with (the ones that depend on links)
 * @param features        {@link TextFeatures#of}
 * @param helpRequest     {@link HelpRequest#is}
 * @param pitch           {@link Pitch#is} with {@code links}
 * @param acknowledgement {@link Acknowledgement#is}
 * @param onlyThanks      {@link Acknowledgement#onlyThanks}
 * @param onlyANod        {@link Acknowledgement#onlyANod}
 */
public record TextCues(List<Link> links, TextFeatures features, boolean helpRequest, boolean pitch,
                       boolean acknowledgement, boolean onlyThanks, boolean onlyANod) {

    /** Every cue of {@code text} with {@code links}. */
    public static TextCues of(String text, List<Link> links) {
        TextFeatures features = TextFeatures.of(text);
        boolean hasLinks = !links.isEmpty();
        return new TextCues(links, features, HelpRequest.is(text), Pitch.is(text, links),
                Acknowledgement.is(text, features, hasLinks), Acknowledgement.onlyThanks(text, features, hasLinks),
                Acknowledgement.onlyANod(text, features, hasLinks));
    }

    /** Whether these cues were worked out with {@code links} (the same list, or an equal one). */
    public boolean fits(List<Link> links) {
        return this.links == links || this.links.equals(links);
    }
}
