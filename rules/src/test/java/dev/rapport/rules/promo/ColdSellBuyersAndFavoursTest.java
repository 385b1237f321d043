package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sell.cold} as a specification of who is selling: the would-be buyer asking whether someone's goods are still
 * for sale sells nothing, the owner offering them at a price to someone just met does; the would-be buyer asking
 * what a seller's discount takes in ("does the 15% off include ...?") sells nothing either, while a discount of one's
 * own put to that seller does; and one's own news with a
 * favour asked of the reader (a vote, an upvote) is promotion or an ask, which their own tips weigh, not a sale. Scenes
 * are read by the real promotion detector.
 */
class ColdSellBuyersAndFavoursTest {

    private static Scene realWords() {
        return Scene.of(Chat.builder("dan").promoDetector(new SelfPromotionDetector()));
    }

    /** Uma lists a kiln in the trade channel; ten days later Dan, who never spoke with her, says {@code words} to her. */
    private static Chat toTheSeller(String words) {
        return realWords().says("uma", "trades", "FS: electric kiln, barely used, £400, collection only")
                .after(Duration.ofDays(10))
                .asks("dan", "trades", "uma", words).build();
    }

    @Test
    void askingWhetherSomeonesGoodsAreStillForSaleIsBuyingNotSelling() {
        Chat chat = toTheSeller("@uma is the kiln still for sale? I can pick it up on Sunday and pay cash");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void offeringOnesOwnGoodsForSaleToSomeoneJustMetIsStillCold() {
        Chat chat = toTheSeller("@uma forget that one, my kiln is for sale too and it's bigger, £350, I can drop it round");
        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }

    /** Wes asks the room something, Dan answers; three days later Dan says {@code words} to Wes by name. */
    private static Chat toSomeoneMetThreeDaysAgo(String words) {
        return realWords().says("wes", "general", "anyone moved their support inbox to something cheaper?")
                .answers("dan", "general", "wes", "we moved to a smaller tool last spring, fine for our size")
                .after(Duration.ofDays(3))
                .asks("dan", "general", "wes", words).build();
    }

    @Test
    void ownLaunchNewsWithAFavourAskedIsNoSale() {
        Chat chat = toSomeoneMetThreeDaysAgo("@wes we go live on the launch site tomorrow! if you have a minute an "
                + "upvote would really mean a lot https://launches.example/relaydesk");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void ownLaunchWithADiscountToClaimIsASale() {
        Chat chat = toSomeoneMetThreeDaysAgo("@wes we go live tomorrow! 30% off for launch week with code LAUNCH30 "
                + "https://relaydesk.example/pricing");
        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }
    /** Uma announces a glaze sale; ten days later Dan, who never spoke with her, says {@code words} to her. */
    private static Chat toTheDiscounter(String words) {
        return realWords().says("uma", "trades", "studio sale this week: 15% off every glaze in stock "
                        + "https://umaclay.example/sale")
                .after(Duration.ofDays(10))
                .asks("dan", "trades", "uma", words).build();
    }

    @Test
    void askingWhatSomeonesDiscountCoversIsBuyingNotSelling() {
        Chat chat = toTheDiscounter("@uma do you post to Leeds? and is the 15% off for the celadon tubs as well?");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void puttingADiscountOfOnesOwnToThatSellerIsStillCold() {
        Chat chat = toTheDiscounter("@uma want 20% off? my glazes beat those, code DAN20 at https://danglaze.example");
        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }
}
