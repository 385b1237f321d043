package dev.rapport.rules.engine;

import dev.rapport.rules.model.Link;
import dev.rapport.rules.text.Acknowledgement;
import dev.rapport.rules.text.HelpRequest;
import dev.rapport.rules.text.Pitch;
import dev.rapport.rules.text.TextCues;
import dev.rapport.rules.text.TextFeatures;

import java.util.List;

/**
 * The text cues of the message being coached, for the length of one {@link CoachEngine#accept}: the ones prepared
 * ahead ({@link CuesAhead}) when there are, else each worked out the first time it is asked, as before, so a message
 * whose rules never ask about a help request or a nod pays for neither.
 */
final class Cues {
    private static final int UNKNOWN = -1;

    private final String text;
    private final List<Link> links;
    private final TextCues ahead;
    private TextFeatures features;
    private int pitch = UNKNOWN;
    private int thanks = UNKNOWN;

    private Cues(String text, List<Link> links, TextCues ahead) {
        this.text = text;
        this.links = links;
        this.ahead = ahead;
    }

    /** The cues of a message of {@code text} with {@code links}: the prepared ones if {@code source} has them. */
    static Cues of(String text, List<Link> links, CuesAhead source) {
        TextCues prepared = source == null ? null : source.prepared(text, links);
        return new Cues(text, links, prepared != null && prepared.fits(links) ? prepared : null);
    }

    TextFeatures features() {
        if (features == null) {
            features = ahead != null ? ahead.features() : TextFeatures.of(text);
        }
        return features;
    }

    boolean helpRequest() {
        return ahead != null ? ahead.helpRequest() : HelpRequest.is(text);
    }

    /** {@link Pitch#is}: asked up to three times per message, worked out once. */
    boolean pitch() {
        if (pitch == UNKNOWN) {
            pitch = (ahead != null ? ahead.pitch() : Pitch.is(text, links)) ? 1 : 0;
        }
        return pitch == 1;
    }

    /**
     * {@link Acknowledgement#thanks}: Recipients (for each person the message speaks to), AnsweredInTheRoom and the
     * engine's taken-up check each ask it of the same message; worked out once, the first time one asks.
     */
    boolean thanks() {
        if (thanks == UNKNOWN) {
            thanks = Acknowledgement.thanks(text, features(), !links.isEmpty()) ? 1 : 0;
        }
        return thanks == 1;
    }

    boolean acknowledgement() {
        return ahead != null ? ahead.acknowledgement() : Acknowledgement.is(text, features(), !links.isEmpty());
    }

    boolean onlyThanks() {
        return ahead != null ? ahead.onlyThanks() : Acknowledgement.onlyThanks(text, features(), !links.isEmpty());
    }

    boolean onlyANod() {
        return ahead != null ? ahead.onlyANod() : Acknowledgement.onlyANod(text, features(), !links.isEmpty());
    }
}
