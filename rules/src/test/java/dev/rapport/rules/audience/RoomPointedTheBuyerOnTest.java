package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.text.OfferRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.audience.ShopTalkWeek.ASK;
import static dev.rapport.rules.audience.ShopTalkWeek.YARD;
import static dev.rapport.rules.audience.ShopTalkWeek.aWeekOfShopTalk;
import static dev.rapport.rules.rule.RuleId.AUDIENCE_PEERS_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asking who covers a place ("who covers Alnwick?", "does anyone cover the Borders?") asks which of the trade works
 * there: a request for the work, as "is anyone glazing round Alnwick?" is. In the trade's own community such a request
 * from outside the trade is what a week of shop talk went by, whoever answered it, so the week that also left a buyer's
 * own question to the seller past its answer time is coached. The same week with the outsider asking only how a job is
 * done is the trade's own business and the one buyer kept waiting is the unanswered tip's to say.
 */
class RoomPointedTheBuyerOnTest {
    private static final ChannelInfo ENQUIRIES = ChannelInfo.of("enquiries", "homeowners and landlords");

    private static Chat aWeekWith(String outsidersQuestion) {
        return aWeekOfShopTalk(s -> s.saysIn(YARD, "ana", "the new van finally arrived this month")
                .asksIn("hugo", ASK, "ana", "could you come and measure our porch glazing on Thursday?")
                .after(Duration.ofHours(1))
                .saysIn(ENQUIRIES, "maud", "We let a terrace with a cracked bay and new tenants due on the 9th. "
                        + outsidersQuestion)
                .after(Duration.ofMinutes(20))
                .answersIn(ENQUIRIES, "pete", "maud", "not my patch, I'm over in Berwick; Ana's nearest to you")
                .after(Duration.ofHours(1))
                .saysIn(YARD, "ana", "anyone tried the new cordless glass suction lifters?")
                .after(Duration.ofHours(24)));
    }

    @Test
    void firesWhenAnOutsiderAskedWhoCoversTheirTownWhileABuyerWaitedOnHer() {
        assertThat(aWeekWith("Who covers Alnwick?").findings(AUDIENCE_PEERS_ONLY)).hasSize(1);
    }

    @Test
    void staysQuietWhenTheOutsiderAskedOnlyHowTheJobIsDone() {
        assertThat(aWeekWith("Is laminated glass worth it for a bay?").findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }

    @Test
    void askingWhoCoversAPlaceAsksForTheWorkThere() {
        assertThat(OfferRequest.is("Who covers Alnwick?")).isTrue();
        assertThat(OfferRequest.is("does anyone cover the Borders for gutter work?")).isTrue();
        assertThat(OfferRequest.is("who covers Sunday's shift at the depot?")).isFalse();
        assertThat(OfferRequest.is("who covers the cost of the skip?")).isFalse();
    }
}
