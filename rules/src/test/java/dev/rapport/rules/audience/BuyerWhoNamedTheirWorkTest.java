package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.audience.ShopTalkWeek.ASK;
import static dev.rapport.rules.audience.ShopTalkWeek.YARD;
import static dev.rapport.rules.audience.ShopTalkWeek.aWeekOfShopTalk;
import static dev.rapport.rules.rule.RuleId.AUDIENCE_PEERS_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A buyer who pings the seller by their @name as the owner of the work they heard of ("my neighbour said @Ana's
 * panes are the best in town") and asks "you" right after reached out to the seller as one who asks them by name
 * does: beside another buyer's question left a day, two buyers heard nothing while the week went to fellows. The week
 * is {@link ShopTalkWeek}'s.
 */
class BuyerWhoNamedTheirWorkTest {

    /** Hugo asks Ana directly and Maud writes {@code words}, pinging her; a day goes by while Ana writes in the yard. */
    private static Chat twoBuyersWrite(String words) {
        return aWeekOfShopTalk(s -> s.saysIn(YARD, "ana", "the new van finally arrived this month")
                .asksIn("hugo", ASK, "ana", "could you come and measure our porch glazing on Thursday?")
                .asksIn("maud", ASK, "ana", words)
                .after(Duration.ofHours(2))
                .saysIn(YARD, "ana", "anyone tried the new cordless glass suction lifters?")
                .after(Duration.ofHours(24)));
    }

    @Test
    void firesWhenTheSecondBuyerNamedHerWorkByHerPingAndAskedYou() {
        Chat chat = twoBuyersWrite("Hello, we've bought an old schoolhouse. Our builder said @Ana's leaded panes are "
                + "the best in the county. Are you free to look at ours next week?");
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).hasSize(1);
    }

    @Test
    void staysQuietWhenTheSecondBuyerNamedHerWorkButAskedTheRoom() {
        Chat chat = twoBuyersWrite("Hello, we've bought an old schoolhouse. Our builder said @Ana's leaded panes are "
                + "the best in the county. Does anyone know a good roofer too?");
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }
}
