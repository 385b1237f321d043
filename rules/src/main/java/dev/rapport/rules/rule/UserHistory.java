package dev.rapport.rules.rule;

import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The rolling facts about a coached person that per-message rules look back on. */
public interface UserHistory {

    /** A post of a link: when, where, which message. */
    record LinkPost(Instant time, ChannelId channel, MessageId message) {
    }

    /** Every post of the link with this fingerprint in the last 7 days, oldest first, including the current one. */
    List<LinkPost> postsOf(String fingerprint);

    /**
     * The posts of the link with this fingerprint in the last 7 days that offered it where offers fit (a priced listing
     * in the room for listings), oldest first: counted for nothing there, but the link taken from there into other
     * rooms is the same offer again, and the listing's room is one of the rooms a cross-post went to.
     */
    default List<LinkPost> offersOf(String fingerprint) {
        return List.of();
    }

    /**
     * When someone else last replied under the person's own post {@code post} asking to be reminded of it or told when
     * it comes ("could you remind us closer to the day?"): the person's next post of its link there is that favour done.
     * Empty if nobody asked (or it was too long ago to be kept).
     */
    default Optional<Instant> reminderAskedUnder(MessageId post) {
        return Optional.empty();
    }

    /**
     * When the person last answered {@code other}'s request for an offer (a question asking where to buy a thing, who
     * sells or does it, what it costs), in a room: terms the person sends them afterwards take up that request. Empty if
     * they never did (or it was too long ago to be kept).
     */
    default Optional<Instant> answeredOfferRequestOf(UserId other) {
        return Optional.empty();
    }

    /** Times of the person's counted links in the last hour, oldest first, including the current message's. */
    List<LinkPost> recentLinks();

    /** When the person last spoke in this channel or thread before the current message. */
    Optional<Instant> lastSpokeIn(ChannelId channel);

    /** When the person first interacted with {@code other}, in either direction. */
    Optional<Instant> firstInteractionWith(UserId other);

    /**
     * When the person met {@code other} again: the first time they gave them something (a reply, a word to them, a
     * reaction) on a later occasion than their first interaction, half a day or more after it; empty if they have
     * interacted at one sitting only, or only the other came back.
     */
    Optional<Instant> metAgainWith(UserId other);

    /** When the person last gave something to {@code other}: a reply, an answer, a mention, a reaction. */
    Optional<Instant> lastGaveTo(UserId other);

    /** When the person last gave something to anyone in this channel. */
    Optional<Instant> lastGaveIn(ChannelId channel);

    /**
     * When the person last gave something (a reply, a word in a conversation, a reaction) to anyone in this community,
     * in any of its channels: the room they ask in is one room of a place where the same people meet in several.
     */
    Optional<Instant> lastGaveInCommunity();

    /** The person's counted promotional messages in the last 7 days, oldest first, including the current one. */
    List<LinkPost> recentPromotion();
}
