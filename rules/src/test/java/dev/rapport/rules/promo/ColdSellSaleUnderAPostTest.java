package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sell.cold} and one's own sale left under someone else's post in a room: a discount with no price, said to
 * nobody as "you" and asking for no DM or call, tells whoever reads the thread that a sale is on. It is one of the
 * week's plugs, which {@code promo.self} counts, not a pitch to the person whose post it sits under. A price named to
 * them, a "you", or the same discount sent privately deals with that person: a pitch to someone just met.
 */
class ColdSellSaleUnderAPostTest {

    private static final ChannelInfo WORKSHOP = ChannelInfo.of("workshop-diary", "Share what is on your bench.");

    /** Wim posts {@code post} in a room; twenty minutes later Ana, who never spoke with him, replies {@code reply}. */
    private static Chat underHisPost(String post, String reply) {
        return Scene.of(Chat.builder("ana").promoDetector(new SelfPromotionDetector()))
                .saysIn(WORKSHOP, "wim", post)
                .after(Duration.ofMinutes(20))
                .answersIn(WORKSHOP, "ana", "wim", reply)
                .finish();
    }

    private static final String BENCH = "day 3 of the chair build: both back legs glued up, clamps everywhere";

    @Test
    void aDiscountOnOnesOwnThingLeftUnderSomeonesPostIsNoColdPitch() {
        assertThat(underHisPost(BENCH, "looking good! our walnut dowel packs are 20% off until Sunday with code "
                + "GLUE20 https://dowels.example/packs").findings(SELL_COLD)).isEmpty();
    }

    @Test
    void theSameDiscountWithItsPriceToTheOneRepliedToIsCold() {
        assertThat(underHisPost(BENCH, "looking good! you need our walnut dowel packs, $18 a pack and 20% off till "
                + "Sunday https://dowels.example/packs").findings(SELL_COLD)).hasSize(1);
    }

    @Test
    void theSameDiscountSentToHimPrivatelyIsCold() {
        Chat chat = Scene.of(Chat.builder("ana").promoDetector(new SelfPromotionDetector()))
                .saysIn(WORKSHOP, "wim", BENCH)
                .after(Duration.ofHours(3))
                .writesDirectly("ana", "dm-ana-wim", "wim", "Hi Wim, saw your chair build. our walnut dowel packs "
                        + "are 20% off until Sunday with code GLUE20 https://dowels.example/packs")
                .finish();
        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }
}
