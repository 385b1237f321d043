package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.promo.SelfPromotionDetector;
import dev.rapport.rules.text.CommunityVote;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.ONEWAY_ASKS;
import static dev.rapport.rules.rule.RuleId.PROMO_SELF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Votes asked for the group itself in someone else's award ("our choir's been shortlisted, vote for us") are the
 * members' cause, like the group's appeal: the "us" is the group the readers belong to, not the writer. A vote asked
 * with the writer as the candidate ("I've been shortlisted", "my entry") stays an ask for attention to oneself.
 */
class GroupNominatedTest {
    private static final ChannelInfo GENERAL = ChannelInfo.of("general", "");

    private static Chat chat() {
        return Chat.builder("ana").promoDetector(new SelfPromotionDetector()).build();
    }

    @Test
    void aVoteForTheGroupItselfAsksNothingForTheWriter() {
        Chat chat = chat();
        chat.sayIn("ana", GENERAL, "our choir's been shortlisted for the county community award! voting closes "
                + "Sunday, please vote for us: https://prizes.example/county/vote");

        Chat done = chat.finish();
        assertThat(done.findings(ONEWAY_ASKS)).isEmpty();
        assertThat(done.findings(PROMO_SELF)).isEmpty();
    }

    @Test
    void aVoteWithTheWriterAsTheCandidateIsStillAnAsk() {
        Chat chat = chat();
        chat.sayIn("ana", GENERAL, "I've been shortlisted for the county photo award! voting closes Sunday, please "
                + "vote for me: https://prizes.example/county/vote");

        assertThat(chat.finish().findings(ONEWAY_ASKS)).hasSize(1);
    }

    @Test
    void readsTheGroupAsTheCandidateOnlyWhenNothingMakesItTheWriter() {
        assertThat(CommunityVote.forTheGroup("the society is nominated for best local group, please vote")).isTrue();
        assertThat(CommunityVote.forTheGroup("the club's in the running for the grant, votes help")).isTrue();
        assertThat(CommunityVote.forTheGroup("our club's shortlisted and so is my photo, vote for mine")).isFalse();
        assertThat(CommunityVote.forTheGroup("our band's been nominated! tickets for the gig are up")).isFalse();
        assertThat(CommunityVote.forTheGroup("please vote for our stall in the market awards")).isFalse();
    }
}
