package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A link put into three rooms in one morning with a few plain words about what it has reads, post by post, as a
 * pointer; when the same link is sold with a code later in the week, the scatter shows what it was: the seller's shop
 * pushed into each room. Each room is an occasion of promotion, besides the repeat of the link. A link mentioned in
 * one or two rooms before its sale is how a shop is talked of, and the sale alone is one occasion.
 */
class ScatteredLinkSoldLaterTest {
    private static final ChannelInfo KITCHEN = ChannelInfo.of("kitchen-talk", "cooking, storage, leftovers");
    private static final ChannelInfo GARDEN = ChannelInfo.of("veg-patch", "growing your own");
    private static final ChannelInfo LOUNGE = ChannelInfo.of("lounge", "anything at all");
    private static final String SHOP = "https://hivewrap.test/shop";

    private static Scene realWords() {
        return Scene.of(Chat.builder("nia").promoDetector(new SelfPromotionDetector()));
    }

    @Test
    void aLinkScatteredIntoThreeRoomsAndSoldWithACodeLaterIsPromotedInEachRoom() {
        Chat chat = realWords()
                .saysIn(KITCHEN, "nia", "Beeswax wraps in three sizes, posted out every Monday: " + SHOP)
                .after(Duration.ofMinutes(4))
                .saysIn(GARDEN, "nia", "Keep your harvest fresh for longer, wraps in three sizes posted every Monday: "
                        + SHOP)
                .after(Duration.ofMinutes(4))
                .saysIn(LOUNGE, "nia", "Wraps for sandwiches and cheese, every Monday: " + SHOP)
                .after(Duration.ofDays(2))
                .saysIn(KITCHEN, "nia", "Autumn sale: 20% off every wrap with code HIVE20 at " + SHOP)
                .build();

        assertThat(chat.findings(PROMO_SELF)).as("three rooms and the sale").hasSize(1);
        assertThat(chat.findings(LINKS_REPEAT)).hasSize(1);
    }

    @Test
    void aLinkMentionedInTwoRoomsBeforeItsSaleIsNoScatterAndTheSaleIsOneOccasion() {
        Chat chat = realWords()
                .saysIn(KITCHEN, "nia", "Beeswax wraps in three sizes, posted out every Monday: " + SHOP)
                .after(Duration.ofMinutes(4))
                .saysIn(GARDEN, "nia", "Keep your harvest fresh for longer, wraps in three sizes posted every Monday: "
                        + SHOP)
                .after(Duration.ofDays(2))
                .saysIn(KITCHEN, "nia", "Autumn sale: 20% off every wrap with code HIVE20 at " + SHOP)
                .build();

        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }
}
