package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.links.LinkExtractor;
import dev.rapport.rules.text.Ownership;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shop is often called by its owner's possessive ("Wren's", "Pike's"), and its web address carries the same name.
 * A priced offer whose page's address carries the possessive it names is the shop naming itself, as on its sign: the
 * seller's own sale pushed into the room, not someone else's work passed on. A possessive the address does not carry
 * still names someone else's thing.
 */
class ShopNamedOnItsOwnPageTest {

    @Test
    void aPricedPageWhoseAddressCarriesTheShopsPossessiveIsTheSellersOwnSale() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.say("ana", "quilting-chat", "Wren's spring fat quarters just in, £4 each: "
                + "https://wrensdyeworks.example/fat-quarters");
        chat.later(Duration.ofDays(2));
        chat.say("ana", "quilting-chat", "Wren's indigo bundles are back, £22 for ten: "
                + "https://wrensdyeworks.example/bundles");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }

    @Test
    void aPossessiveTheAddressDoesNotCarryStillNamesSomeoneElsesThing() {
        Chat chat = Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
        chat.say("ana", "quilting-chat", "Odile's spring fat quarters just in, £4 each: "
                + "https://dyeworks.example/fat-quarters");
        chat.later(Duration.ofDays(2));
        chat.say("ana", "quilting-chat", "Odile's indigo bundles are back, £22 for ten: "
                + "https://dyeworks.example/bundles");
        chat.finish();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void theShopsNameInItsOwnAddressIsNoOneElsesButAMentionStillIs() {
        String own = "Pike's smoked cheddar, £6 a wedge: pikesdairy.example/cheddar";
        assertThat(Ownership.someoneElses(own, LinkExtractor.extract(own))).isFalse();
        assertThat(Ownership.someoneElses(own)).isTrue();
        String mention = "@Pike's smoked cheddar, £6 a wedge: pikesdairy.example/cheddar";
        assertThat(Ownership.someoneElses(mention, LinkExtractor.extract(mention))).isTrue();
    }
}
