package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.text.Pitch;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A buyer asking a shop to look out for a thing and saying how far they would go for it ("could you keep one back for
 * me if it comes in? I'd go up to €60") names what they would pay for someone else's goods: no offer, no pitch. The
 * same price put as the writer's own thing for the other to take up is one.
 */
class CeilingSaidByABuyerTest {
    private static final ChannelInfo BOOKS = ChannelInfo.of("book-chat", "readers and sellers talk old books");

    private static Chat wroteFirst(String firstPrivateWord) {
        Chat chat = Chat.builder("ren").promoDetector(new SelfPromotionDetector()).build();
        chat.sayIn(BOOKS, "gus", "New in at the stall: a shelf of orange-spine paperbacks.");
        chat.later(Duration.ofHours(3));
        chat.sayIn(BOOKS, "ren", "Hello all, I collect old atlases and the odd cookbook.");
        chat.later(Duration.ofHours(20));
        chat.direct("ren", "dm-gus-ren", "gus", firstPrivateWord);
        return chat.finish();
    }

    @Test
    void aBuyersCeilingOnWhatTheyAskAShopToFindPitchesNothing() {
        Chat chat = wroteFirst("Hi Gus, could you look out for a 1950s school atlas in good nick? I'd go up to €60.");
        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void theWritersOwnAtlasAtThatPricePutToThemIsAPitch() {
        Chat chat = wroteFirst("Hi Gus, I have a 1950s school atlas in good nick for €60, shall I bring it by?");
        assertThat(chat.findings(SELL_COLD)).isNotEmpty();
    }

    @Test
    void aCeilingSaidIsTheBuyersBudgetASellerComingDownIsNot() {
        assertThat(Pitch.pricedQuestion("any chance of a first edition? we'd pay up to £120 for a clean one"))
                .isFalse();
        assertThat(Pitch.pricedQuestion("got a spare lens cap? my budget is about $15")).isFalse();
        assertThat(Pitch.pricedQuestion("I can go down to £60 for the pair, want them?")).isTrue();
    }
}
