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
 * In the trade's own community a week of shop talk is coached where someone outside the trade asked the room and went
 * by, not where the one buyer asked the seller directly (the unanswered tip's to say). But someone who said they want
 * more work and left that buyer's own question past its answer time passed by the very thing they said they lack:
 * the week is coached too (since session 50). So is any seller's week in which two or more buyers reached out and heard
 * nothing, one of them past its answer time: one buyer kept waiting is one slip, buyers passed by while the week went
 * to fellows say where the week went (since session 60), and so does one's own customer's question passed by (since
 * session 68). Not a fellow's question that waited. The week is
 * {@link ShopTalkWeek}'s.
 */
class BuyerPassedByOneWhoWantsWorkTest {

    /** Ana says {@code wish} to her fellows; Hugo asks her directly; a day goes by while she writes in the yard. */
    private static Scene buyerAsksAnaDirectly(Scene s, String wish) {
        return s.saysIn(YARD, "ana", wish)
                .asksIn("hugo", ASK, "ana", "could you come and measure our porch glazing on Thursday?")
                .after(Duration.ofHours(2))
                .saysIn(YARD, "ana", "anyone tried the new cordless glass suction lifters?")
                .after(Duration.ofHours(24));
    }

    @Test
    void firesWhenOneWhoSaidTheirEnquiriesAreSlowLeftABuyersOwnQuestionADay() {
        Chat chat = aWeekOfShopTalk(s -> buyerAsksAnaDirectly(s, "enquiries have been really slow this month"));
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).hasSize(1);
    }

    @Test
    void staysQuietWhenTheSameBuyerWaitedOnOneWhoNeverSaidTheyWantMoreWork() {
        Chat chat = aWeekOfShopTalk(s -> buyerAsksAnaDirectly(s, "the new van finally arrived this month"));
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }

    @Test
    void firesWhenTwoBuyersHeardNothingFromOneWhoNeverSaidTheyWantMoreWork() {
        Chat chat = aWeekOfShopTalk(s -> buyerAsksAnaDirectly(
                s.asksIn("maud", ASK, "ana", "do you still re-glaze old greenhouse panes, and what would twenty cost?"),
                "the new van finally arrived this month"));
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).hasSize(1);
    }

    /**
     * One who bought from her is no passer-by: her own customer's question, left past its answer time while the week
     * went to fellows, says where the week went, as two buyers passed by do (since session 68). The same question from
     * a buyer who never bought from her is one slip
     * ({@link #staysQuietWhenTheSameBuyerWaitedOnOneWhoNeverSaidTheyWantMoreWork}).
     */
    @Test
    void firesWhenTheOneBuyerWhoHeardNothingWasHerOwnCustomer() {
        Chat chat = aWeekOfShopTalk(s -> s.saysIn(YARD, "ana", "the new van finally arrived this month")
                .asksIn("hugo", ASK, "ana", "we bought the leaded panel from you in May, could you come and measure "
                        + "the porch for a matching one on Thursday?")
                .after(Duration.ofHours(2))
                .saysIn(YARD, "ana", "anyone tried the new cordless glass suction lifters?")
                .after(Duration.ofHours(24)));
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).hasSize(1);
    }

    @Test
    void staysQuietWhenOnlyAFellowsQuestionToHerWaitedADay() {
        Chat chat = aWeekOfShopTalk(s -> s.saysIn(YARD, "ana", "the new van finally arrived this month")
                .asksIn("pete", YARD, "ana", "which bead do you use on a sash that's been painted shut?")
                .after(Duration.ofHours(2))
                .saysIn(YARD, "ana", "anyone tried the new cordless glass suction lifters?")
                .after(Duration.ofHours(24)));
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }

    @Test
    void staysQuietWhenOneWhoWantsMoreWorkAnsweredTheBuyerInTime() {
        Chat chat = aWeekOfShopTalk(s -> s.saysIn(YARD, "ana", "enquiries have been really slow this month")
                .asksIn("hugo", ASK, "ana", "could you come and measure our porch glazing on Thursday?")
                .answersIn(ASK, "ana", "hugo", "yes, Thursday at ten suits, I'll bring samples"));
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }
}
