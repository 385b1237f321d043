package dev.rapport.rules.links;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.text.ChannelPurpose;
import dev.rapport.rules.text.FigureUpdate;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.LINKS_REPEAT;
import static dev.rapport.rules.rule.RuleId.LINKS_SHARE;
import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Help is never spam (session 45): the going prices of a market told each morning with the page they are read from, in
 * the room whose topic keeps prices, are the room's reading, like a gauge's: no offer of one's own, no link habit. The
 * same lists claimed as one's own counter ("our prices today") are one's offer pushed again.
 */
class MarketPricesTest {
    private static final ChannelInfo MARKET = ChannelInfo.of("wholesale-floor", "deliveries, market prices, who is short");
    private static final String SOURCE = "https://meatwatch.example/smithfield/today";
    private static final String[] MORNINGS = {
        "Smithfield early: lamb £7.10, pork belly £4.30, brisket £8.90, oxtail £6.20 a kilo",
        "Smithfield: lamb £7.30, pork belly £4.25, brisket £9.10, chicken thighs £3.40 a kilo",
        "lamb £7.05, pork belly £4.40, brisket £8.80, mince £5.60 (a kilo)",
        "Smithfield early: lamb £6.95, pork belly £4.30, brisket £8.70, liver £2.10 a kilo",
        "Smithfield: lamb £7.00, pork belly £4.35, brisket £8.90, oxtail £6.40 a kilo"};
    private static final String[] TALK = {"the chiller van is back from the garage at last", "who has a spare hook rail?",
        "mine went off twice this week", "the new boning knives are sharp, careful", "see you at the trade night"};

    private static Chat chat() {
        return Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
    }

    @Test
    void theMarketsPricesEachMorningInTheRoomForPricesAreItsReading() {
        Chat chat = chat();
        for (int day = 0; day < MORNINGS.length; day++) {
            chat.sayIn("ana", MARKET, MORNINGS[day] + ": " + SOURCE);
            chat.later(Duration.ofHours(2));
            chat.sayIn("ana", ChannelInfo.of("back-room", "chat"), TALK[day]);
            chat.later(Duration.ofHours(22));
        }

        Chat done = chat.finish();
        assertThat(done.findings(LINKS_SHARE)).isEmpty();
        assertThat(done.findings(LINKS_REPEAT)).isEmpty();
        assertThat(done.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void theSameListsClaimedAsOnesOwnCounterAreOnesOfferPushedAgain() {
        Chat chat = chat();
        for (String morning : MORNINGS) {
            chat.sayIn("ana", MARKET, "our counter today, " + morning + ": " + SOURCE);
            chat.later(Duration.ofHours(2));
            chat.sayIn("ana", ChannelInfo.of("back-room", "chat"), TALK[0]);
            chat.later(Duration.ofHours(22));
        }

        Chat done = chat.finish();
        assertThat(done.findings(PROMO_SELF)).isNotEmpty();
        assertThat(done.findings(LINKS_REPEAT)).isNotEmpty();
    }

    @Test
    void severalGoodsAtTheirPricesClaimingNothingAreAMarketsPrices() {
        assertThat(FigureUpdate.marketPrices("dockside: cod £9.20, haddock £8.10, pollock £4.90 " + SOURCE)).isTrue();
        assertThat(FigureUpdate.marketPrices("new mugs £24, jugs £30, bowls £18 in my shop " + SOURCE)).isFalse();
        assertThat(FigureUpdate.marketPrices("cod £9.20, haddock £8.10, pollock £4.90, order by noon " + SOURCE))
                .isFalse();
        assertThat(FigureUpdate.marketPrices("cod £9.20 and haddock £8.10 today " + SOURCE)).isFalse();
    }

    @Test
    void aRoomForPricesNamesPricesAsItsNewsNotTheMembersOwn() {
        assertThat(ChannelPurpose.pricesRoom(MARKET)).isTrue();
        assertThat(ChannelPurpose.pricesRoom(ChannelInfo.of("stalls", "list your prices and photos here"))).isFalse();
        assertThat(ChannelPurpose.pricesRoom(ChannelInfo.of("biz", "pricing, clients, contracts"))).isFalse();
    }
}
