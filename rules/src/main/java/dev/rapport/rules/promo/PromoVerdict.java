package dev.rapport.rules.promo;

import java.util.List;

/**
 * What the promotion detector saw in one message, and why.
 *
 * @param selfPromotion the author promotes their own channel, product, profile or offer ("check out my...",
 *                      "subscribe to my cooking channel", "sub4sub", "use my code", "DM me for prices")
 * @param salesPitch    the message pitches something for sale (prices, offers, "buy", "book a call")
 * @param engagementAsk the author asks people to check out / like / share / subscribe to / follow their stuff
 * @param score         the detector's confidence in [0, 1] that the message is self-promotion
 * @param reasons       the structures of promotion found, as cue names ({@code call-to-own-stuff},
 *                      {@code price-offer}, ...); empty when nothing was found
 */
public record PromoVerdict(boolean selfPromotion, boolean salesPitch, boolean engagementAsk, double score,
                           List<String> reasons) {
    public static final PromoVerdict NONE = new PromoVerdict(false, false, false, 0.0, List.of());

    public PromoVerdict {
        reasons = List.copyOf(reasons);
    }

    /** A verdict from somewhere that does not say why (a test's stand-in for the detector). */
    public PromoVerdict(boolean selfPromotion, boolean salesPitch, boolean engagementAsk, double score) {
        this(selfPromotion, salesPitch, engagementAsk, score, List.of());
    }

    /**
     * Only news about oneself: an announcement ("my new shop page went live"), a creator's introduction or a mention of
     * one's own channel, with no ask, offer or link. In a comment under a video that is promotion; in a community's
     * conversation it is news that asks nothing of anyone, which broadcast and self-focus weigh, not promotion.
     */
    public boolean newsOnly() {
        if (reasons.isEmpty() || salesPitch || engagementAsk) {
            return false;
        }
        for (int i = 0; i < reasons.size(); i++) {
            String r = reasons.get(i);
            if (!r.equals(Cue.ANNOUNCEMENT.id()) && !r.equals(Cue.CREATOR_INTRO.id())
                    && !r.equals(Cue.OWN_CHANNEL_MENTION.id())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Only a favour of attention asked of the room for a named, linked thing ("could everyone star Quillpad?"), with no
     * call to one's work and no sale: {@code oneway.asks} tells it from the second ask of the look-back on.
     */
    public boolean roomFavourOnly() {
        return !salesPitch && reasons.size() == 1 && reasons.get(0).equals(Cue.ROOM_FAVOUR.id());
    }

    /**
     * Only a bare link: a message that is a link to content and (nearly) nothing else, with no ask, offer or word of
     * one's own. Under a video that is the archetypal spam comment; in a community's conversation it says nothing of
     * whose the link is (a reader passing on an article drops links the same way), so it is link-sharing, which the
     * link rules weigh, and not a claim that the work is one's own.
     */
    public boolean bareLinkOnly() {
        return !salesPitch && !engagementAsk && reasons.size() == 1 && reasons.get(0).equals(Cue.NAKED_LINK.id());
    }

    /**
     * Only a link to a page or a listing dropped with (nearly) nothing said, perhaps called a deal: no ask, no offer of
     * one's own, no word claiming it. Whose the page is, the words do not say; the link has to.
     */
    public boolean linkDropOnly() {
        if (reasons.isEmpty() || salesPitch || engagementAsk) {
            return false;
        }
        for (int i = 0; i < reasons.size(); i++) {
            String r = reasons.get(i);
            if (!r.equals(Cue.PROMO_LINK_DROP.id()) && !r.equals(Cue.PROMO_LINK.id()) && !r.equals(Cue.NAKED_LINK.id())
                    && !r.equals(Cue.SALE_WORD.id())) {
                return false;
            }
        }
        return true;
    }

    /** Reason given when a message asks someone, as a request, for attention to the author's own stuff. */
    public static final String FAVOUR_ASKED = "favour-asked";

    /**
     * This verdict for a request to someone for a follow, a rating or a share of the author's own stuff ("could you
     * sub to the show and leave us 5 stars?", {@link dev.rapport.rules.text.FavourAsk}): an ask for attention, which
     * the detector, reading questions as questions, leaves out.
     */
    public PromoVerdict favourAsked() {
        List<String> more = new java.util.ArrayList<>(reasons.size() + 1);
        more.addAll(reasons);
        more.add(FAVOUR_ASKED);
        return new PromoVerdict(selfPromotion, salesPitch, true, score, more);
    }

    /** Reason given when a message posts again a link the person promoted earlier in the week. */
    public static final String SAME_OFFER_AGAIN = "same-offer-again";

    /** Reason given for an ask made with a link ("please share: <link>"): the cue's own id, so the two cannot drift. */
    public static final String LINK_WITH_ASK = Cue.LINK_WITH_ASK.id();

    /**
     * This verdict for a message that posts again a link its author promoted in the last week: the link is the offer,
     * so the message promotes it again whatever its words ("still 15% off → the shop").
     */
    public PromoVerdict sameOfferAgain() {
        List<String> more = new java.util.ArrayList<>(reasons.size() + 1);
        more.addAll(reasons);
        more.add(SAME_OFFER_AGAIN);
        return new PromoVerdict(true, salesPitch, engagementAsk, Math.max(score, SelfPromotionDetector.FLAG_AT), more);
    }

    /** Reason given when a release announced by its bare kind links where the person's earlier links went. */
    public static final String OWN_RELEASE = "own-release";

    /**
     * This verdict for a release announced by its bare kind ("Episode 42 is out: ...", {@link ReleaseNews}) whose link
     * is one of a series the person posts from the same place: the words claim nothing, the series shows whose it is.
     */
    public PromoVerdict ownRelease() {
        List<String> more = new java.util.ArrayList<>(reasons.size() + 1);
        more.addAll(reasons);
        more.add(OWN_RELEASE);
        return new PromoVerdict(true, salesPitch, engagementAsk, Math.max(score, SelfPromotionDetector.FLAG_AT), more);
    }

    /** Reason given when one's own thing is offered to the room at a price with the page where it is had. */
    public static final String PRICED_OFFER_TO_ROOM = "priced-offer-to-room";

    /**
     * This verdict for one's own thing offered to a room at a price, with the page where it is had, that nobody asked
     * for ("new planters are back in stock, €48: <the shop page>"): a sale whether or not the words say "my".
     */
    public PromoVerdict offeredToRoom() {
        List<String> more = new java.util.ArrayList<>(reasons.size() + 1);
        more.addAll(reasons);
        more.add(PRICED_OFFER_TO_ROOM);
        return new PromoVerdict(true, true, engagementAsk, Math.max(score, SelfPromotionDetector.FLAG_AT), more);
    }

    /** Reason given when one's own paid thing, at a price with its page, is tacked onto an answer. */
    public static final String PRICED_PLUG = "priced-plug";

    /**
     * This verdict for one's own paid thing offered at a price with the page where it is had, tacked onto an answer and
     * said as the writer's own trade ("…usually a few days. I also run a weekend course, £90, book: <page>"): a plug
     * riding on the answer, whether or not its words are those of an advert.
     */
    public PromoVerdict pricedPlug() {
        List<String> more = new java.util.ArrayList<>(reasons.size() + 1);
        more.addAll(reasons);
        more.add(PRICED_PLUG);
        return new PromoVerdict(true, true, engagementAsk, Math.max(score, SelfPromotionDetector.FLAG_AT), more);
    }

    /** Promotion of any kind: the author's stuff or a pitch. */
    public boolean promotional() {
        return selfPromotion || salesPitch;
    }
}
