package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sell.cold} and one's trade told in passing: "I sell them at the craft fair too" in a reply under someone's
 * photo, with no price, code, link, "you" or call to get in touch, says what the writer does. It puts nothing to the
 * one replied to, so it is no pitch to someone just met; a price and a DM put to them make it one.
 */
class ColdSellTradeToldInPassingTest {

    private static final ChannelInfo BENCH = ChannelInfo.of("workbench", "What is on your bench this week.");

    /** Wim posts {@code post}; twenty minutes later Ana, who never spoke with him, replies {@code reply}. */
    private static Chat underHisPost(String post, String reply) {
        return Scene.of(Chat.builder("ana").promoDetector(new SelfPromotionDetector()))
                .saysIn(BENCH, "wim", post)
                .after(Duration.ofMinutes(20))
                .answersIn(BENCH, "ana", "wim", reply)
                .finish();
    }

    private static final String BOX = "finished my first dovetailed box, cherry with a walnut lid";

    @Test
    void sellingToldAsOnesOwnTradeInAReplyIsNoColdPitch() {
        assertThat(underHisPost(BOX, "my first lid warped badly. I turn my own brass knobs now from scrap rod, "
                + "and I sell them at the craft fair too.").findings(SELL_COLD)).isEmpty();
    }

    @Test
    void theSameTradeWithAPriceToTheOneRepliedToIsCold() {
        assertThat(underHisPost(BOX, "my first lid warped badly. I turn my own brass knobs now from scrap rod, "
                + "and I sell them at the craft fair too. you can have a pair for £6, DM me.").findings(SELL_COLD))
                .hasSize(1);
    }
}
