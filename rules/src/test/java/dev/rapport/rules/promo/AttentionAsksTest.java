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
}
