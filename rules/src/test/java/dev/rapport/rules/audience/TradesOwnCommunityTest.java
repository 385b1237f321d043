package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.audience.ShopTalkWeek.ASK;
import static dev.rapport.rules.audience.ShopTalkWeek.YARD;
import static dev.rapport.rules.audience.ShopTalkWeek.aWeekOfShopTalk;
import static dev.rapport.rules.rule.RuleId.AUDIENCE_PEERS_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the trade's own community (a room there gives its chat to the trade's people) shop talk among the trade is what
 * people come for: a seller's week of it is coached only where someone from outside the trade asked the room and went
 * by, not where the one buyer who wrote asked the seller directly (the unanswered tip's to say). The week is
 * {@link ShopTalkWeek}'s, which {@code TradesOwnCommunityRestartTest} plays with a restart in it.
 */
class TradesOwnCommunityTest {

    @Test
    void aChatForAFewTradesIsTheTradesOwnRoom() {
        assertThat(TradeRoom.forTheTrade(YARD)).isTrue();
        assertThat(TradeRoom.forTheTrade(ChannelInfo.of("bench", "chat for tilers: grout, adhesive, rates"))).isTrue();
        assertThat(TradeRoom.forTheTrade(ChannelInfo.of("bench", "for plasterers: suppliers, prices, moans"))).isTrue();
    }

    @Test
    void aChatThatNamesMembersOrBuyersIsEveryonesRoom() {
        assertThat(TradeRoom.forTheTrade(ChannelInfo.of("lobby", "general chat for members"))).isFalse();
        assertThat(TradeRoom.forTheTrade(ChannelInfo.of("lobby", "chat for glaziers and homeowners"))).isFalse();
        assertThat(TradeRoom.forTheTrade(ChannelInfo.of("lobby", "general chat for framers and friends of the shop")))
                .isFalse();
        assertThat(TradeRoom.forTheTrade(ASK)).isFalse();
    }

    @Test
    void firesWhenSomeoneFromOutsideTheTradeAskedTheRoomForTheWork() {
        Chat chat = aWeekOfShopTalk(ShopTalkWeek::outsiderAsksTheRoom);
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).hasSize(1);
    }

    @Test
    void staysQuietWhenOnlyFellowsAskedAndTheOneBuyerAskedHerDirectly() {
        Chat chat = aWeekOfShopTalk(ShopTalkWeek::onlyFellowsAskTheRoom);
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }
}
