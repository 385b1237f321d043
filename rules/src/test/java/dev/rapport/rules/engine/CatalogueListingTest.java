package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.promo.SelfPromotionDetector;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seller's catalogue posted with its page in the room for listings names no price, but it is the seller's stock for
 * sale, a listing as a price list is. The same page then taken into the traders' chat and the buyers' room within the
 * day is one link in three rooms, and one's catalogue pushed where buyers ask ("my winter catalogue is out: …") is
 * promotion beside the listing; the catalogue and one mention of it elsewhere leave it where it fits.
 */
class CatalogueListingTest {

    private static final ChannelInfo LISTINGS = ChannelInfo.of("crate-listings", "sellers list records for sale");
    private static final ChannelInfo TRADERS = ChannelInfo.of("traders-bar", "record sellers among ourselves");
    private static final ChannelInfo BUYERS = ChannelInfo.of("grading-questions",
            "collectors ask about pressings, grading and care; sellers reply");
    private static final String PAGE = "https://groove-yard.example/lists/winter";

    private static Chat chat() {
        return Chat.builder("mo").promoDetector(new SelfPromotionDetector()).build();
    }

    @Test
    void theCatalogueThenTheTradersAndTheBuyersRoomWithinTheDayIsACrossPostAndPromotion() {
        Chat chat = chat();
        chat.sayIn(LISTINGS, "mo", "Winter catalogue is out: 300 soul and jazz LPs, every one graded. " + PAGE);
        chat.later(Duration.ofMinutes(10));
        chat.sayIn(TRADERS, "mo", "Winter catalogue's up if anyone fancies a look before the weekend: " + PAGE);
        chat.later(Duration.ofHours(6));
        chat.sayIn(BUYERS, "mo", "For the collectors: my winter catalogue is out, 300 graded LPs. " + PAGE);
        chat.finish();

        assertThat(chat.findings(LINKS_REPEAT)).as("the listings room is the first of three").hasSize(1);
        assertThat(chat.findings(PROMO_SELF)).isNotEmpty();
    }

    @Test
    void theCatalogueAndOneMentionElsewhereIsNoCrossPost() {
        Chat chat = chat();
        chat.sayIn(LISTINGS, "mo", "Winter catalogue is out: 300 soul and jazz LPs, every one graded. " + PAGE);
        chat.later(Duration.ofMinutes(10));
        chat.sayIn(TRADERS, "mo", "Winter catalogue's up if anyone fancies a look before the weekend: " + PAGE);
        chat.finish();

        assertThat(chat.findings(LINKS_REPEAT)).isEmpty();
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }
}
