package dev.rapport.rules.promo;

/**
 * What the promotion detector saw in one message.
 *
 * @param selfPromotion the author promotes their own channel, product, profile or offer ("check out my...",
 *                      "subscribe to my cooking channel", "sub4sub", "use my code", "DM me for prices")
 * @param salesPitch    the message pitches something for sale (prices, offers, "buy", "book a call")
 * @param engagementAsk the author asks people to check out / like / share / subscribe to / follow their stuff
 * @param score         the detector's confidence in [0, 1] that the message is self-promotion
 */
public record PromoVerdict(boolean selfPromotion, boolean salesPitch, boolean engagementAsk, double score) {
    public static final PromoVerdict NONE = new PromoVerdict(false, false, false, 0.0);

    /** Promotion of any kind: the author's stuff or a pitch. */
    public boolean promotional() {
        return selfPromotion || salesPitch;
    }
}
