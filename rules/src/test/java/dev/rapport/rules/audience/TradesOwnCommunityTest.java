package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_PEERS_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the trade's own community (a room there gives its chat to the trade's people) shop talk among the trade is what
 * people come for: a seller's week of it is coached only where someone from outside the trade asked the room and went
 * by, not where the one buyer who wrote asked the seller directly (the unanswered tip's to say).
 */
class TradesOwnCommunityTest {

    private static final ChannelInfo YARD = ChannelInfo.of("yard", "general chat for glaziers, framers and sign writers");
    private static final ChannelInfo ASK = ChannelInfo.of("ask-the-trade", "homeowners: post your job and your town");

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

    /**
     * Ana sells glazing (the community has a showcase); her fellows answer and announce in the trade's room; then
     * {@code meanwhile} happens, and Ana spends the rest of her week talking shop with them there by name.
     */
    private static Chat aWeekOfShopTalk(java.util.function.UnaryOperator<Scene> meanwhile) {
        Scene scene = Scene.of(Chat.builder("ana").promotionChannels("showcase"));
        for (String fellow : new String[]{"pete", "paula"}) {
            for (int i = 0; i < 3; i++) {
                scene.saysIn(YARD, fellow, "cut six panes of toughened today, batch " + i);
            }
        }
        scene = meanwhile.apply(scene);
        for (int i = 0; i < 10; i++) {
            scene.asksIn("ana", YARD, i % 2 == 0 ? "pete" : "paula", "the linseed putty skins over in a day now, worth a try");
        }
        return scene.finish();
    }

    @Test
    void firesWhenSomeoneFromOutsideTheTradeAskedTheRoomForTheWork() {
        Chat chat = aWeekOfShopTalk(s -> s.saysIn(ASK, "hugo", "looking for someone to replace a cracked bay window "
                + "pane in Hexham, can anyone quote?"));
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).hasSize(1);
    }

    @Test
    void staysQuietWhenOnlyFellowsAskedAndTheOneBuyerAskedHerDirectly() {
        Chat chat = aWeekOfShopTalk(s -> s
                .asksIn("pete", YARD, "paula", "anyone know where to get lead came cheaper?")
                .answersIn(YARD, "paula", "pete", "the supplier by the station does trade prices")
                .asksIn("hugo", ASK, "ana", "is your leaded panel in the showcase still for sale?"));
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }
}
