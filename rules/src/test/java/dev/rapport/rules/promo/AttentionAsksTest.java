package dev.rapport.rules.promo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asks for online attention beyond "check out my channel": the verbs of a store page ("wishlist"), pleas for units of
 * attention, the favour's gerund after "would you mind", and what is not an ask for attention (an invitation to use
 * one's thing, "vote" as a noun).
 */
class AttentionAsksTest {
    private final SelfPromotionDetector detector = new SelfPromotionDetector();

    private boolean asks(String text) {
        return detector.analyse(text).engagementAsk();
    }

    @Test
    void wishlistingIsAskedLikeSubscribing() {
        assertThat(asks("our puzzle game finally has a store page, please wishlist it!")).isTrue();
        assertThat(asks("demo is out, go wishlist https://store.example/app/1/tiny_ferry")).isTrue();
    }

    @Test
    void aWishlistThatIsOnlyTalkedAboutIsNoAsk() {
        assertThat(asks("my wishlist is way too long already")).isFalse();
        assertThat(asks("add it to your wishlist if you like deckbuilders?")).isFalse();
    }

    @Test
    void aPleaForUnitsOfAttentionIsAnAsk() {
        assertThat(asks("new season starts monday, every rating helps us get found")).isTrue();
        assertThat(asks("follows appreciated, still a tiny account")).isTrue();
        assertThat(asks("subscribing to the newsletter would mean a lot to us")).isTrue();
    }

    /** The plea said first and the deed after "if you", with nothing named: subscribing to what was just presented. */
    @Test
    void aPleaBeforeTheDeedAskedAfterIfYouIsAnAsk() {
        assertThat(asks("put my pottery videos on a new channel, it would mean loads if you subscribed")).isTrue();
        assertThat(asks("the zine has an account now, would really help if you followed 🙏")).isTrue();
    }

    @Test
    void theDeedAfterIfYouWithAnObjectOrWithoutAPleaIsNoAsk() {
        assertThat(asks("it would help if you followed the pattern exactly")).isFalse();
        assertThat(asks("the rain stopped as if you subscribed to good luck")).isFalse();
        assertThat(asks("if you subscribed you get the old issues too")).isFalse();
    }

    @Test
    void helpThatWouldHelpAndReviewsOfCodeAreNoPlea() {
        assertThat(asks("patch for the driver is up, reviews appreciated")).isFalse();
        assertThat(asks("a script like that would help a lot")).isFalse();
        assertThat(asks("the subs help me catch what people mumble")).isFalse();
        assertThat(asks("would more ratings help the ranking?")).isFalse();
    }

    @Test
    void theFavoursGerundAfterWouldYouMindAsksForOnesOwnThing() {
        assertThat(asks("love the colours! would you mind sharing my recipe page too?")).isTrue();
    }

    @Test
    void theGerundForSomeoneElsesThingIsNoAsk() {
        assertThat(asks("would you mind sharing your notes from the talk?")).isFalse();
    }

    @Test
    void anInvitationToUseOnesThingIsPromotionNotAnAskForAttention() {
        PromoVerdict invite = detector.analyse("come play on my server tonight, we just opened");
        assertThat(invite.selfPromotion()).isTrue();
        assertThat(invite.engagementAsk()).isFalse();
        assertThat(asks("come check out my server tonight, we just opened")).isTrue();
    }

    /**
     * Signing up takes part in the writer's thing (a meetup, a beta, a workshop): with a link it is an invitation to
     * it, promoted like "register", not an ask for attention to one's work. Asks to follow or share stay asks.
     */
    @Test
    void aLinkToSignUpForOnesThingIsAnInvitationNotAnAsk() {
        PromoVerdict signUp = detector.analyse("Saturday pottery swap at the old mill, 10am. sign up now: "
                + "https://forms.example/swap-saturday");
        assertThat(signUp.selfPromotion()).isTrue();
        assertThat(signUp.engagementAsk()).isFalse();
        assertThat(asks("our beta is open, register here https://beta.example/join")).isFalse();
    }

    @Test
    void aLinkToFollowOrShareOnesThingStaysAnAsk() {
        assertThat(asks("new zine is out! share it https://zines.example/issue4")).isTrue();
        assertThat(asks("follow us here https://social.example/kilnclub")).isTrue();
    }

    /** Things put up for sale are looked at to be bought: "check out my listing" is an ad, not an attention ask. */
    @Test
    void aCallToLookAtOnesThingForSaleIsAnInvitationNotAnAsk() {
        PromoVerdict listing = detector.analyse("live now: check out my latest listing https://homes.example/l/12");
        assertThat(listing.selfPromotion()).isTrue();
        assertThat(listing.engagementAsk()).isFalse();
        assertThat(asks("please check out my products https://shop.example/teapots")).isFalse();
    }

    @Test
    void aCallToLookAtOnesWorkStaysAnAsk() {
        assertThat(asks("check out my new mural https://art.example/mural")).isTrue();
        assertThat(asks("check out my new video https://video.example/v/99")).isTrue();
    }
}
