package dev.rapport.rules.audience;

import dev.rapport.rules.model.ChannelInfo;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A room whose topic tells the members of a trade to offer their own work there, whatever its name: "tutors: offer
 * your services here", "illustrators, post your open slots", "advertise your services", "say what you offer",
 * "surveyors say who they are and what they offer". It is a channel for trade like one named for it
 * ({@code #hire-me}): a post opening one's slots there offers work, and such a room used for it says people sell here.
 * A topic about offering something else ("offer or ask for a lift") or asking the trade ("ask the pros") is not one.
 */
public final class OffersRoom {
    /**
     * The members told to offer, advertise or post their own services or slots. Not a room that only says where offers
     * go beside other uses ("coaches: offers go here, everyone: ask about lessons"): a room shared with learners.
     */
    private static final Pattern OFFER_YOURS = Pattern.compile("\\b(?:offer|advertise|promote|list|post|share)\\s+"
            + "(?:your|their)\\s+(?:own\\s+)?(?:services|service|slots|open\\s+slots|availability|rates)\\b"
            // "say what you offer", and the same said of the trade ("contractors say who they are and what they offer"):
            // a room for introducing one's services is theirs to offer in
            + "|\\bsay\\s+(?:who\\s+(?:you|they)\\s+are\\s+and\\s+)?what\\s+(?:you|they)\\s+offer\\b"
            + "|\\breply\\s+with\\s+your\\s+offer\\b"
            // the providers named as offering their thing in this very room ("sitters offer weekend slots here",
            // "tutors offer trial lessons here"): the room is theirs to offer in, as "offer your services here" says
            + "|\\b\\p{L}{3,}s\\s+offer\\s+(?:[\\p{L}'-]+\\s+){1,3}here\\b"
            // the providers named as posting their own slots or rates in it ("groomers list spare slots and day rates",
            // "tutors advertise open slots"): what they post is their offer, and the room is theirs to offer in. Not
            // posts about rates ("members post questions about rates"): what is posted must be the slots or rates
            + "|\\b\\p{L}{3,}s\\s+(?:post|list|advertise)\\s+(?:(?!about\\b|on\\b|for\\b|questions?\\b)[\\p{L}'-]+\\s+)"
            + "{0,2}(?:slots|rates)\\b");

    private OffersRoom() {
    }

    /** True when {@code info}'s topic tells the trade to offer its own work there (see the class comment). */
    public static boolean byTopic(ChannelInfo info) {
        if (info == null || info.topic().isEmpty()) {
            return false;
        }
        return OFFER_YOURS.matcher(info.topic().toLowerCase(Locale.ROOT)).find();
    }
}
