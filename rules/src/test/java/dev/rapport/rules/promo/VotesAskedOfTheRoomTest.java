package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asking the rooms to vote for one's entry is a favour asked, not one's work pushed: promo.self leaves it to the ask's
 * tip. A vote asked beside a call to one's work or a sale is still promotion.
 */
class VotesAskedOfTheRoomTest {

    @Test
    void votesAskedOnTwoDaysAreNoPromotionTip() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "[promo] My garden made the final of the county show! Please vote for my "
                + "plot before Friday: https://countyshow.example/vote/ana");
        chat.later(Duration.ofDays(1));
        chat.say("ana", "general", "[promo] Last call, votes close tonight! https://countyshow.example/vote/ana");
        assertThat(chat.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void aVoteAskedBesideACallToOnesWorkIsStillPromotion() {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "general", "[promo] My garden made the final of the county show! Please vote for my "
                + "plot before Friday: https://countyshow.example/vote/ana");
        chat.later(Duration.ofDays(1));
        chat.say("ana", "general", "[promo] Please vote for my garden, and check out my design page while you're "
                + "there: https://anagardens.example");
        assertThat(chat.findings(PROMO_SELF)).singleElement()
                .satisfies(f -> assertThat(f.evidence().messages()).hasSize(2));
    }

    @Test
    void readsOnlyARequestForVotes() {
        assertThat(VoteAsk.only("I'd be chuffed if you voted for my loaf https://awards.example/vote/ana")).isTrue();
        assertThat(VoteAsk.only("votes close Sunday, please vote for my entry")).isTrue();
        assertThat(VoteAsk.only("please vote for my bakes, and order yours at https://bakes.example/shop")).isFalse();
        assertThat(VoteAsk.only("voted for my hours, two slots left at £40, DM me")).isFalse();
        assertThat(VoteAsk.only("the council vote was close, my street lost")).isFalse();
    }
}
