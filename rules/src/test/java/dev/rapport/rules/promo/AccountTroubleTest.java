package dev.rapport.rules.promo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Check my account" is a call to one's page when the account is shown to be looked at, and a request for service when
 * the message says what went wrong with it: a payment declined, a login locked, an account suspended.
 */
class AccountTroubleTest {
    private final SelfPromotionDetector detector = new SelfPromotionDetector();

    private boolean asks(String text) {
        return detector.analyse(text).engagementAsk();
    }

    @Test
    void anAccountShownToBeLookedAtIsAnAsk() {
        assertThat(asks("can you check out my new account? started posting my bakes there")).isTrue();
        assertThat(asks("go check my account, three new reels this week")).isTrue();
    }

    @Test
    void anAccountWithTroubleIsARequestForService() {
        assertThat(asks("could you check my account please? payment got declined this morning")).isFalse();
        assertThat(asks("my login is locked again, can you check my account?")).isFalse();
        assertThat(asks("can someone check my account, it says suspended since friday?")).isFalse();
    }
}
