package dev.rapport.rules.text;

import dev.rapport.rules.model.Link;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The text cues of one message that depend on its text and links alone, worked out in one go: the same answers as
 * asking {@link TextFeatures}, {@link HelpRequest}, {@link Pitch}, {@link Acknowledgement} and the other readings below
 * one by one, so they can be worked out away from the thread that coaches (replay's reading thread) and only looked up
 * there. Nothing of the text is kept but the {@code links} it was worked out with, which say whether it still fits a
 * message, and the word hashes two of the readings give.
 *
 * <p>The readings of what a message says of its writer and what it asks ({@link AbsenceNotice} to {@link FavourAsk})
 * were a third of the coaching thread's samples on a million-message replay, asked of nearly every message, while the
 * reading thread had time to spare.
 *
 * @param links           the links the cues were worked out with (the ones that depend on links)
 * @param features        {@link TextFeatures#of}
 * @param helpRequest     {@link HelpRequest#is}
 * @param pitch           {@link Pitch#is} with {@code links}
 * @param acknowledgement {@link Acknowledgement#is}
 * @param onlyThanks      {@link Acknowledgement#onlyThanks}
 * @param onlyANod        {@link Acknowledgement#onlyANod}
 * @param thanks          {@link Acknowledgement#thanks}
 * @param absenceNotice   {@link AbsenceNotice#is}
 * @param seeksClients    {@link SeeksClients#is}
 * @param servesClients   {@link ServesClients#is}
 * @param toolsUsed       {@link ToolsUsed#of} (never written to)
 * @param offerRequest    {@link OfferRequest#is}
 * @param roomRequest     {@link RoomRequest#is}
 * @param hiring          {@link Hiring#is}
 * @param favourAsk       {@link FavourAsk#is}
 * @param echoWords       {@link EchoQuestion#words} (never written to)
 */
public record TextCues(List<Link> links, TextFeatures features, boolean helpRequest, boolean pitch,
                       boolean acknowledgement, boolean onlyThanks, boolean onlyANod, boolean thanks,
                       boolean absenceNotice, boolean seeksClients, boolean servesClients, int[] toolsUsed,
                       boolean offerRequest, boolean roomRequest, boolean hiring, boolean favourAsk, int[] echoWords) {

    /** Every cue of {@code text} with {@code links}. */
    public static TextCues of(String text, List<Link> links) {
        TextFeatures features = TextFeatures.of(text);
        boolean hasLinks = !links.isEmpty();
        return new TextCues(links, features, HelpRequest.is(text), Pitch.is(text, links),
                Acknowledgement.is(text, features, hasLinks), Acknowledgement.onlyThanks(text, features, hasLinks),
                Acknowledgement.onlyANod(text, features, hasLinks), Acknowledgement.thanks(text, features, hasLinks),
                AbsenceNotice.is(text), SeeksClients.is(text), ServesClients.is(text), ToolsUsed.of(text),
                OfferRequest.is(text), RoomRequest.is(text), Hiring.is(text), FavourAsk.is(text),
                EchoQuestion.words(text));
    }

    /** Whether these cues were worked out with {@code links} (the same list, or an equal one). */
    public boolean fits(List<Link> links) {
        return this.links == links || this.links.equals(links);
    }

    /** Equal cues: the word hashes compared by their contents, as the other cues are by value. */
    @Override
    public boolean equals(Object o) {
        return o instanceof TextCues c && links.equals(c.links) && features.equals(c.features)
                && helpRequest == c.helpRequest && pitch == c.pitch && acknowledgement == c.acknowledgement
                && onlyThanks == c.onlyThanks && onlyANod == c.onlyANod && thanks == c.thanks
                && absenceNotice == c.absenceNotice && seeksClients == c.seeksClients
                && servesClients == c.servesClients && Arrays.equals(toolsUsed, c.toolsUsed)
                && offerRequest == c.offerRequest && roomRequest == c.roomRequest && hiring == c.hiring
                && favourAsk == c.favourAsk && Arrays.equals(echoWords, c.echoWords);
    }

    @Override
    public int hashCode() {
        return Objects.hash(links, features, helpRequest, pitch, acknowledgement, onlyThanks, onlyANod, thanks,
                absenceNotice, seeksClients, servesClients, Arrays.hashCode(toolsUsed), offerRequest, roomRequest,
                hiring, favourAsk, Arrays.hashCode(echoWords));
    }

    @Override
    public String toString() {
        return "TextCues[links=" + links + ", features=" + features + ", helpRequest=" + helpRequest + ", pitch="
                + pitch + ", acknowledgement=" + acknowledgement + ", onlyThanks=" + onlyThanks + ", onlyANod="
                + onlyANod + ", thanks=" + thanks + ", absenceNotice=" + absenceNotice + ", seeksClients="
                + seeksClients + ", servesClients=" + servesClients + ", toolsUsed=" + Arrays.toString(toolsUsed)
                + ", offerRequest=" + offerRequest + ", roomRequest=" + roomRequest + ", hiring=" + hiring
                + ", favourAsk=" + favourAsk + ", echoWords=" + Arrays.toString(echoWords) + "]";
    }
}
