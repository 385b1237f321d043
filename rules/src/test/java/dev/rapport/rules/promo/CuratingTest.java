package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.text.Ownership;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/** Passing on what others made is curating, not self-promotion: promotion claims the work as one's own. */
class CuratingTest {
    private final SelfPromotionDetector detector = new SelfPromotionDetector();

    @Test
    void bareLinksToArticlesOnOtherSitesAreNotSelfPromotion() {
        Chat chat = Chat.builder("lou").promoDetector(detector).build();
        chat.say("lou", "general", "https://gardenletters.example/why-mulch-matters");
        chat.later(Duration.ofHours(6));
        chat.say("lou", "general", "https://soilnotes.example/compost-myths");
        chat.later(Duration.ofHours(6));
        chat.say("lou", "general", "A lovely piece on pruning by Ada Brenner https://orchardjournal.example/pruning");
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void linksThatClaimTheWorkAsOnesOwnAreSelfPromotion() {
        Chat chat = Chat.builder("lou").promoDetector(detector).build();
        chat.say("lou", "general", "check out my new video on pruning https://louprunes.example/video");
        chat.later(Duration.ofHours(6));
        chat.say("lou", "general", "my new compost course is live, take a look https://louprunes.example/course");
        assertThat(chat.findings(PROMO_SELF)).hasSize(1);
    }

    @Test
    void aBareLinkClaimsNothingButAnAskOrAnOfferBesideItDoes() {
        assertThat(detector.analyse("https://soilnotes.example/compost-myths").bareLinkOnly()).isTrue();
        assertThat(detector.analyse("follow me https://soilnotes.example/lou").bareLinkOnly()).isFalse();
        assertThat(detector.analyse("20% off my seeds this week https://louseeds.example").bareLinkOnly()).isFalse();
    }

    @Test
    void creditingTheMakerPassesWorkOnUnlessOneClaimsIt() {
        assertThat(Ownership.credits("Great thread on soil by Ada Brenner https://x.example/t")).isTrue();
        assertThat(Ownership.credits("Found this via @ada, worth it https://x.example/t")).isTrue();
        assertThat(Ownership.credits("My soil guide, edited by Ada https://x.example/t")).isFalse();
        assertThat(Ownership.credits("New soil guide, done by Friday https://x.example/t")).isFalse();
        assertThat(Ownership.credits("Made this one by hand https://x.example/t")).isFalse();
    }
}
