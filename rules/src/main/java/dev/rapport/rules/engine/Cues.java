package dev.rapport.rules.engine;

import dev.rapport.rules.model.Link;
import dev.rapport.rules.text.AbsenceNotice;
import dev.rapport.rules.text.Acknowledgement;
import dev.rapport.rules.text.EchoQuestion;
import dev.rapport.rules.text.FavourAsk;
import dev.rapport.rules.text.HelpRequest;
import dev.rapport.rules.text.Hiring;
import dev.rapport.rules.text.OfferRequest;
import dev.rapport.rules.text.Pitch;
import dev.rapport.rules.text.RoomRequest;
import dev.rapport.rules.text.SeeksClients;
import dev.rapport.rules.text.ServesClients;
import dev.rapport.rules.text.TextCues;
import dev.rapport.rules.text.TextFeatures;
import dev.rapport.rules.text.ToolsUsed;

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
    private int offerRequest = UNKNOWN;
    private int roomRequest = UNKNOWN;
    private int favourAsk = UNKNOWN;

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
            boolean says = ahead != null ? ahead.thanks() : Acknowledgement.thanks(text, features(), !links.isEmpty());
            thanks = says ? 1 : 0;
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

    /** {@link AbsenceNotice#is}: asked of every coached person's own message. */
    boolean absenceNotice() {
        return ahead != null ? ahead.absenceNotice() : AbsenceNotice.is(text);
    }

    boolean seeksClients() {
        return ahead != null ? ahead.seeksClients() : SeeksClients.is(text);
    }

    boolean servesClients() {
        return ahead != null ? ahead.servesClients() : ServesClients.is(text);
    }

    /** {@link ToolsUsed#of}: read, never written to. */
    int[] toolsUsed() {
        return ahead != null ? ahead.toolsUsed() : ToolsUsed.of(text);
    }

    /** {@link OfferRequest#is}: a community asks it up to three times of one message, worked out once. */
    boolean offerRequest() {
        if (offerRequest == UNKNOWN) {
            offerRequest = (ahead != null ? ahead.offerRequest() : OfferRequest.is(text)) ? 1 : 0;
        }
        return offerRequest == 1;
    }

    /** {@link RoomRequest#is}: asked by the community and by who the message speaks to, worked out once. */
    boolean roomRequest() {
        if (roomRequest == UNKNOWN) {
            roomRequest = (ahead != null ? ahead.roomRequest() : RoomRequest.is(text)) ? 1 : 0;
        }
        return roomRequest == 1;
    }

    boolean hiring() {
        return ahead != null ? ahead.hiring() : Hiring.is(text);
    }

    /** {@link FavourAsk#is}: asked for the writer's own reading and for who it speaks to, worked out once. */
    boolean favourAsk() {
        if (favourAsk == UNKNOWN) {
            favourAsk = (ahead != null ? ahead.favourAsk() : FavourAsk.is(text)) ? 1 : 0;
        }
        return favourAsk == 1;
    }

    /** {@link EchoQuestion#words}: kept with the message, never written to. */
    int[] echoWords() {
        return ahead != null ? ahead.echoWords() : EchoQuestion.words(text);
    }
}
