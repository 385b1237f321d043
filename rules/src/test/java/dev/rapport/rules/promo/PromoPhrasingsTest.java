package dev.rapport.rules.promo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Promotion is a family of phrasings, not a sentence: a keyword to comment for what is then sent in private, and a
 * paying code of one's own brought with any verb, are the same offers as "DM me 'GROWTH'" and "use my code".
 */
class PromoPhrasingsTest {
    private final SelfPromotionDetector detector = new SelfPromotionDetector();

    @ParameterizedTest
    @ValueSource(strings = {
            "comment GROWTH and I'll dm you the playbook",
            "reply 'PLAN' below and i'll send u my template 📩",
            "comment 'SCALE' and I'll send you the checklist",
            "register through my referral link, you and I each get thirty days free https://app.example/r/zed",
            "my invite code TIDE42 gets you the first box free",
            "grab 2 months on me with my affiliate link https://host.example/?aff=lina"
    })
    void theseOffersArePromotion(String text) {
        assertThat(detector.analyse(text).promotional()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "comment below if you want the recording",
            "reply in the thread pls, the channel is getting busy",
            "what's your referral link? I want to sign up",
            "my referral link doesn't work for my friend, anyone else?",
            "my invite code expired, can a mod resend it?",
            "type help in the bot channel to see the commands",
            "type 'lsblk' in a terminal and send the output here",
            "reply 'YES' in the thread if you can make saturday"
    })
    void theseAreTalkNotOffers(String text) {
        assertThat(detector.analyse(text).promotional()).as(text).isFalse();
    }
}
