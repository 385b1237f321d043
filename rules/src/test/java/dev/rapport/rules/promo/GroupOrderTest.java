package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.text.CommunityCause;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Session 45: an order the members place together, called with the sheet they put their names on, is their own buy: the
 * discount is what they get together from a seller none of them is, and whoever keeps the sheet sells nothing. One's
 * own shop's discount with its page, called a few times in the week, is still one's sale.
 */
class GroupOrderTest {
    private static final ChannelInfo SUPPLIES = ChannelInfo.of("supplies", "wholesalers, packaging, van hire");
    private static final String SHEET = "https://sheets.example/d/compost-bulk";

    private static Chat chat() {
        return Chat.builder("tomas").promoDetector(new SelfPromotionDetector()).build();
    }

    @Test
    void aGroupOrderCalledWithItsSheetIsTheMembersOwnBuy() {
        Chat chat = chat();
        chat.sayIn("tomas", SUPPLIES, "bulk buy on peat-free compost, 15% off if we reach 60 bags between the allotments. "
                + "names here: " + SHEET);
        chat.later(Duration.ofDays(2));
        chat.sayIn("tomas", SUPPLIES, "compost bulk buy, 15% off still on, 44 of 60 bags so far: " + SHEET);
        chat.later(Duration.ofDays(2));
        chat.sayIn("tomas", SUPPLIES, "last day for the bulk buy, 58 of 60 bags: " + SHEET);

        assertThat(chat.finish().findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void onesOwnShopsDiscountWithItsPageIsStillOnesSale() {
        Chat chat = chat();
        String shop = "https://tomas-garden-supply.example/compost";
        chat.sayIn("tomas", SUPPLIES, "peat-free compost, 15% off at my place this week: " + shop);
        chat.later(Duration.ofDays(2));
        chat.sayIn("tomas", SUPPLIES, "still 15% off the compost till Sunday: " + shop);

        assertThat(chat.finish().findings(PROMO_SELF)).isNotEmpty();
    }

    @Test
    void anOrderPlacedTogetherIsNamedSoAndClaimedByNobody() {
        assertThat(CommunityCause.groupBuy("group order from the wholesaler, cheaper by the pallet")).isTrue();
        assertThat(CommunityCause.groupBuy("joint order for seed potatoes, put your name down")).isTrue();
        assertThat(CommunityCause.groupBuy("my group order page is open, 10% off everything")).isFalse();
        assertThat(CommunityCause.groupBuy("order from my shop by Friday")).isFalse();
    }
}
