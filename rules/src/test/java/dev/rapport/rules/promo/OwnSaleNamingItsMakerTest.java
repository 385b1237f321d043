package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reseller's sale names the maker's product ("the maker's new feature, 15% off with my code"): the possessive
 * names who made the thing, not whose offer it is. Once the person has pushed the link as their own sale, the same
 * sale again is theirs; someone else's discount passed on, never claimed, stays someone else's.
 */
class OwnSaleNamingItsMakerTest {

    @Test
    void theSameCodedLinkPushedAgainNamingTheMakersProductIsOneMoreSale() {
        Chat chat = Chat.builder("ben").promoDetector(new SelfPromotionDetector()).build();
        chat.say("ben", "printer-talk", "my reseller code BEN15 takes 15% off the Filamentix slicer pro → "
                + "https://filamentix.example/buy?code=BEN15");
        chat.later(Duration.ofDays(2));
        chat.say("ben", "bed-levelling", "levelling by hand? Filamentix's auto-mesh does it in a minute, 15% off "
                + "with code BEN15 → https://filamentix.example/buy?code=BEN15");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }

    @Test
    void aDiscountOnSomeoneElsesWorkPassedOnTwiceAndNeverClaimedStaysTheirs() {
        Chat chat = Chat.builder("ben").promoDetector(new SelfPromotionDetector()).build();
        chat.say("ben", "knit-chat", "Odile's pattern shop is having a sale, code AUTUMN20 gives 20% off → "
                + "https://odilepatterns.example/shop");
        chat.later(Duration.ofDays(2));
        chat.say("ben", "shawl-help", "Odile's new shawl pattern is out too, code AUTUMN20 gives 20% off → "
                + "https://odilepatterns.example/shop");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }
}
